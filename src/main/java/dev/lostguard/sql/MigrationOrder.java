package dev.lostguard.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders SQL scripts (root-relative paths with {@code /}) the way their schema builds up.
 *
 * <p>Three groups, in this order:
 * <ol>
 *   <li>plain files ({@code schema.sql}, {@code 001_init.sql}): usually a baseline schema, so they
 *       come first; ordered by folder, then as Spring Boot runs them ({@code schema*.sql} before
 *       other names, {@code data*.sql} after them), then by a leading number compared numerically
 *       ({@code 2_x.sql} before {@code 10_y.sql}), then by name;
 *   <li>Flyway versioned migrations {@code V<version>__<desc>.sql}, by version wherever they live:
 *       segments separated by {@code .} or {@code _} compared numerically, a shorter version before its
 *       extensions ({@code V1} &lt; {@code V1_1} &lt; {@code V1.2} &lt; {@code V2} &lt; {@code V10});
 *   <li>Flyway repeatable migrations {@code R__<desc>.sql}, which Flyway runs after all versioned
 *       ones, by path.
 * </ol>
 * Ties are broken by the full path, so the order is total and stable.
 */
public final class MigrationOrder implements Comparator<String> {

  private static final Pattern VERSIONED = Pattern.compile("^[Vv](\\d+(?:[._]\\d+)*)__.*");
  private static final Pattern REPEATABLE = Pattern.compile("^R__.*");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

  @Override
  public int compare(String a, String b) {
    Key left = Key.of(a);
    Key right = Key.of(b);
    int byGroup = Integer.compare(left.group, right.group);
    if (byGroup != 0) {
      return byGroup;
    }
    int byKey = switch (left.group) {
      case 0 -> comparePlain(left, right);
      case 1 -> compareNumbers(left.version, right.version);
      default -> 0;
    };
    return byKey != 0 ? byKey : a.compareTo(b);
  }

  private static int comparePlain(Key left, Key right) {
    int byFolder = left.folder.compareTo(right.folder);
    if (byFolder != 0) {
      return byFolder;
    }
    int bySpringBoot = Integer.compare(springBootRank(left.name), springBootRank(right.name));
    if (bySpringBoot != 0) {
      return bySpringBoot;
    }
    if (left.version.isEmpty() || right.version.isEmpty()) {
      // A digit against a non-digit first character decides the same way for every number.
      return left.name.compareTo(right.name);
    }
    return compareNumbers(left.version, right.version);
  }

  private static int springBootRank(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("schema") ? 0 : lower.startsWith("data") ? 2 : 1;
  }

  private static int compareNumbers(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareNumber(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  // Digit strings of any length, compared by value without overflow.
  private static int compareNumber(String a, String b) {
    String x = a.replaceFirst("^0+(?=\\d)", "");
    String y = b.replaceFirst("^0+(?=\\d)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /** A Flyway {@code V1__...} file or one whose name starts with a number: a step of a sequence. */
  static boolean sequenced(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return VERSIONED.matcher(name).matches() || LEADING_NUMBER.matcher(name).find();
  }

  private record Key(int group, String folder, String name, List<String> version) {

    static Key of(String path) {
      int slash = path.lastIndexOf('/');
      String folder = slash < 0 ? "" : path.substring(0, slash);
      String name = path.substring(slash + 1);
      Matcher versioned = VERSIONED.matcher(name);
      if (versioned.matches()) {
        return new Key(1, folder, name, List.of(versioned.group(1).split("[._]")));
      }
      if (REPEATABLE.matcher(name).matches()) {
        return new Key(2, folder, name, List.of());
      }
      Matcher number = LEADING_NUMBER.matcher(name);
      List<String> version = new ArrayList<>();
      if (number.find()) {
        version.add(number.group(1));
      }
      return new Key(0, folder, name, List.copyOf(version));
    }
  }
}
