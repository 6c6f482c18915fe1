package dev.lostguard.model;

import java.util.Locale;

/**
 * How a JPA name becomes a table or column name: explicit names lose quotes, schema prefix and case;
 * implicit names follow Spring Boot's default physical strategy (camelCase to snake_case). Shared by
 * the Java front-end (columns) and {@link EntityCatalog} (tables) so both spell names the same way.
 */
public final class PhysicalNaming {

  private PhysicalNaming() {}

  /**
   * A camel-case Java name as snake_case: {@code lastModifiedDate -> last_modified_date},
   * {@code URLMapping -> url_mapping}, {@code address1Line -> address1_line}. An upper-case run stays
   * one word and the last capital before a lower-case letter starts the next word.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && out.charAt(out.length() - 1) != '_') {
        char before = name.charAt(i - 1);
        boolean lowerBefore = Character.isLowerCase(before) || Character.isDigit(before);
        boolean wordAfterRun =
            Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (lowerBefore || wordAfterRun) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * An explicit {@code @Table(name)} or {@code @Column(name)}: lower-case, without quotes, backticks or
   * brackets, and without a schema or catalog prefix ({@code "App"."Orders" -> orders}).
   */
  public static String explicitName(String written) {
    String name = written.strip();
    int dot = lastDotOutsideQuotes(name);
    if (dot >= 0) {
      name = name.substring(dot + 1);
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '"' && c != '`' && c != '[' && c != ']') {
        out.append(c);
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static int lastDotOutsideQuotes(String name) {
    int last = -1;
    char quote = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if (c == '[') {
        quote = ']';
      } else if (c == '.') {
        last = i;
      }
    }
    return last;
  }
}
