package dev.lostguard.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} file, matched against paths relative to its folder with
 * git's rules: {@code #} comments, {@code \#} and {@code \!} escapes, {@code !} negation, a trailing
 * {@code /} for folders only, a leading or inner {@code /} anchoring the pattern to the folder,
 * {@code *}, {@code ?}, {@code [a-z]}, and {@code **} for any number of folders. The last matching
 * pattern decides.
 */
final class GitIgnoreFile {

  /** What a file says about a path. */
  enum Verdict { IGNORED, KEPT, NO_MATCH }

  /** A pattern without {@code /} matches a name at any depth: it is matched against the last segment. */
  private record Rule(Pattern regex, boolean negated, boolean directoryOnly, boolean nameOnly) {}

  private final List<Rule> rules;

  private GitIgnoreFile(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static GitIgnoreFile parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = trimTrailingSpaces(raw);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1);
      }
      boolean directoryOnly = line.endsWith("/") && !line.endsWith("\\/");
      if (directoryOnly) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      boolean anchored = line.indexOf('/') >= 0;
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      rules.add(new Rule(Pattern.compile(regex(line)), negated, directoryOnly, !anchored));
    }
    return new GitIgnoreFile(rules);
  }

  /** Whether this file has no patterns (most folders have no {@code .gitignore} at all). */
  boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * @param relativePath the path below this file's folder, with {@code /}
   * @param directory whether the path is a folder
   */
  Verdict verdict(String relativePath, boolean directory) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule rule = rules.get(i);
      if ((directory || !rule.directoryOnly())
          && rule.regex().matcher(rule.nameOnly() ? name : relativePath).matches()) {
        return rule.negated() ? Verdict.KEPT : Verdict.IGNORED;
      }
    }
    return Verdict.NO_MATCH;
  }

  /** Trailing spaces are dropped unless escaped with a backslash. */
  private static String trimTrailingSpaces(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
      end--;
    }
    return line.substring(0, end);
  }

  private static String regex(String glob) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
      if (c == '*' && glob.startsWith("**", i) && atSegmentStart
          && (i + 2 == glob.length() || glob.charAt(i + 2) == '/')) {
        boolean last = i + 2 == glob.length();
        out.append(last ? ".*" : "(?:.*/)?");
        i += last ? 2 : 3;
      } else if (c == '*') {
        out.append("[^/]*");
        while (i < glob.length() && glob.charAt(i) == '*') {
          i++;
        }
      } else if (c == '?') {
        out.append("[^/]");
        i++;
      } else if (c == '[' && classEnd(glob, i) > 0) {
        int end = classEnd(glob, i);
        out.append(characterClass(glob.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '\\' && i + 1 < glob.length()) {
        out.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
        i += 2;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return out.toString();
  }

  /** The index of the {@code ]} closing a class opened at {@code open}, or -1. */
  private static int classEnd(String glob, int open) {
    int i = open + 1;
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      i++;
    }
    if (i < glob.length() && glob.charAt(i) == ']') {
      i++;
    }
    int end = glob.indexOf(']', i);
    return end;
  }

  private static String characterClass(String body) {
    StringBuilder out = new StringBuilder("[");
    int i = 0;
    if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
      out.append('^');
      i = 1;
    }
    for (; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '-' && i > 0 && i < body.length() - 1) {
        out.append('-');
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    return out.append(']').toString();
  }
}
