package dev.lostguard.model;

import java.util.Comparator;

/**
 * A part of the input that was skipped or only partly analysed. Bad input is data, never an abort:
 * each of these is listed in the report and the scan goes on.
 *
 * @param line 1-based line, or {@code null} when the whole file is concerned
 * @param rule the rule id for {@link ErrorKind#RULE_CRASH}, otherwise {@code null}
 */
public record ProcessingError(ErrorKind kind, String path, Integer line, String message, String rule)
    implements Comparable<ProcessingError> {

  private static final Comparator<ProcessingError> ORDER =
      Comparator.comparing(ProcessingError::path)
          .thenComparing(e -> e.line() == null ? 0 : e.line())
          .thenComparing(ProcessingError::kind)
          .thenComparing(ProcessingError::message);

  public static ProcessingError of(ErrorKind kind, String path, Integer line, String message) {
    return new ProcessingError(kind, path, line, message, null);
  }

  @Override
  public int compareTo(ProcessingError other) {
    return ORDER.compare(this, other);
  }
}
