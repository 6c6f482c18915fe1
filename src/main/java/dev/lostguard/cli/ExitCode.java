package dev.lostguard.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process exit codes, listed in {@code --help}. When several apply, the most important wins:
 * usage (2) over internal error (1) over incomplete (5) over findings (4) over clean (0).
 */
public enum ExitCode {
  CLEAN(0, "no findings at or above --fail-on"),
  INTERNAL_ERROR(1, "internal error (a bug: please report it)"),
  USAGE(2, "usage or configuration error"),
  FINDINGS(4, "findings at or above --fail-on (default: low), not counting suppressed or baselined ones"),
  INCOMPLETE(5, "analysis incomplete (some input could not be analysed) with --strict");

  private static final List<ExitCode> PRECEDENCE = List.of(USAGE, INTERNAL_ERROR, INCOMPLETE, FINDINGS, CLEAN);

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The {@code --help} list: code to meaning, in numeric order. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode exitCode : values()) {
      list.put(Integer.toString(exitCode.code), exitCode.meaning);
    }
    return list;
  }

  /** The most important of several applicable codes. */
  public static ExitCode mostImportant(List<ExitCode> applicable) {
    return PRECEDENCE.stream().filter(applicable::contains).findFirst().orElse(CLEAN);
  }
}
