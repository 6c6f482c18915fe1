package dev.lostguard.sql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A statement with the bind-parameter spellings JSqlParser cannot read rewritten into ones it can:
 * MyBatis {@code #{name}} and {@code ${name}} become {@code :name}, PostgreSQL {@code $1} becomes
 * {@code ?1}, and JDBI's defined attributes ({@code IN (<ids>)}, filled by {@code @BindList} or
 * {@code @Define}) become {@code :ids}, in parentheses after {@code VALUES}; JDBI's escaped {@code \<} and
 * {@code \:} become the plain characters, its null-safe {@code :d.ente?.id} becomes {@code :d.ente.id}.
 * Quoted text is left alone.
 *
 * @param sql the rewritten statement
 * @param parameterNames rewritten named parameter ({@code name} of {@code :name}) to the name as
 *     written ({@code user.id} of {@code #{user.id,jdbcType=BIGINT}})
 * @param originals rewritten spelling ({@code :user_id}, {@code ?1}) to the spelling as written
 */
record Placeholders(String sql, Map<String, String> parameterNames, Map<String, String> originals) {

  static Placeholders rewrite(String sql) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> originals = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder(sql.length());
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
      if (c == '\'' || c == '"' || c == '`') {
        int end = CodeMask.endOfQuoted(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (c == '\\' && (next == '<' || next == ':')) {
        out.append(next); // JDBI's escapes for a literal '<' or ':'
        i += 2;
      } else if (c == ':' && Character.isLetter(next) && (i == 0 || sql.charAt(i - 1) != ':')
          && nullSafeEnd(sql, i) > 0) {
        int end = nullSafeEnd(sql, i); // JDBI's null-safe :d.ente?.id reads as :d.ente.id
        String original = sql.substring(i, end);
        String rewritten = original.replace("?.", ".");
        originals.put(rewritten, original);
        out.append(rewritten);
        i = end;
      } else if ((c == '#' || c == '$') && next == '{') {
        int close = sql.indexOf('}', i + 2);
        if (close < 0) {
          out.append(sql, i, n);
          break;
        }
        String original = sql.substring(i, close + 1);
        String name = sql.substring(i + 2, close).split(",", 2)[0].strip();
        String safe = "p_" + name.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          safe = name;
        }
        names.put(safe, name);
        originals.put(":" + safe, original);
        out.append(':').append(safe);
        i = close + 1;
        if (c == '#' && i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          // #{modifiedBy}WHERE: a bind marker ends where MyBatis puts its '?', the keyword is no part of it
          out.append(' ');
        }
      } else if (c == '<' && definedAttributeEnd(sql, i) > 0) {
        int close = definedAttributeEnd(sql, i);
        String name = sql.substring(i + 1, close);
        boolean values = out.toString().stripTrailing().toUpperCase(Locale.ROOT).endsWith("VALUES");
        originals.put(":" + name, sql.substring(i, close + 1));
        out.append(values ? "(:" + name + ")" : ":" + name);
        i = close + 1;
      } else if (c == '$' && Character.isDigit(next) && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
        int j = i + 1;
        while (j < n && Character.isDigit(sql.charAt(j))) {
          j++;
        }
        String rewritten = "?" + sql.substring(i + 1, j);
        originals.put(rewritten, sql.substring(i, j));
        out.append(rewritten);
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return new Placeholders(out.toString(), Map.copyOf(names), Map.copyOf(originals));
  }

  /**
   * The index of the {@code >} closing a JDBI defined attribute that starts at {@code open}: an
   * identifier right between {@code <} and {@code >}, not part of an operator ({@code <=}, {@code <>},
   * {@code a<b>c}). -1 when there is none.
   */
  private static int definedAttributeEnd(String sql, int open) {
    if (open > 0 && (Character.isLetterOrDigit(sql.charAt(open - 1)) || sql.charAt(open - 1) == '_')) {
      return -1;
    }
    int j = open + 1;
    if (j >= sql.length() || !(Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
      return -1;
    }
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    boolean closed = j < sql.length() && sql.charAt(j) == '>';
    boolean followedByWord = closed && j + 1 < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(j + 1)) || sql.charAt(j + 1) == '_');
    return closed && !followedByWord ? j : -1;
  }

  /**
   * The end of a named parameter at {@code colon} that navigates null-safely ({@code :d.ente?.id}), or
   * -1 when the parameter has no {@code ?.}.
   */
  private static int nullSafeEnd(String sql, int colon) {
    int j = colon + 1;
    boolean nullSafe = false;
    while (j < sql.length()) {
      char c = sql.charAt(j);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '.' && j + 1 < sql.length()
          && Character.isLetter(sql.charAt(j + 1))) {
        j++;
      } else if (c == '?' && j + 2 < sql.length() && sql.charAt(j + 1) == '.' && Character.isLetter(sql.charAt(j + 2))) {
        nullSafe = true;
        j += 2;
      } else {
        break;
      }
    }
    return nullSafe ? j : -1;
  }

  /** The name as written for a named parameter the parser reports. */
  String parameterName(String parsedName) {
    return parsedName == null ? null : parameterNames.getOrDefault(parsedName, parsedName);
  }

  /** Puts the original placeholder spellings back into a printed expression. */
  String restore(String text) {
    if (originals.isEmpty() || text == null) {
      return text;
    }
    String result = text;
    for (Map.Entry<String, String> e : originals.entrySet()) {
      if (!result.contains(e.getKey())) {
        continue; // most printed expressions hold one placeholder: spare the others a regex each
      }
      result = result.replaceAll(java.util.regex.Pattern.quote(e.getKey()) + "(?![A-Za-z0-9_])",
          java.util.regex.Matcher.quoteReplacement(e.getValue()));
    }
    return result;
  }
}
