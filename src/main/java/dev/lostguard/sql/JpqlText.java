package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings JPQL/HQL close enough to SQL for the SQL front-end: {@code update versioned Order} loses the
 * keyword (Hibernate then bumps the version itself), and association paths such as {@code
 * o.customer.id} become the foreign-key column {@code o.customer_id}, so that they are not mistaken
 * for the entity's own id.
 */
public final class JpqlText {

  private static final Pattern VERSIONED =
      Pattern.compile("^(\\s*update\\s+)versioned\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PATH = Pattern.compile("\\b([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\b");

  private JpqlText() {}

  /**
   * @param sql SQL-shaped text for the SQL front-end
   * @param versioned the statement was {@code update versioned}: the version is bumped implicitly
   */
  public record Prepared(String sql, boolean versioned) {}

  public static Prepared prepare(String jpql) {
    Matcher versioned = VERSIONED.matcher(jpql);
    boolean isVersioned = versioned.find();
    String text = isVersioned ? versioned.replaceFirst("$1") : jpql;
    return new Prepared(PATH.matcher(text).replaceAll("$1.$2_$3"), isVersioned);
  }
}
