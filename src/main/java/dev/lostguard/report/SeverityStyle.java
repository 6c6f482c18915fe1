package dev.lostguard.report;

import dev.lostguard.model.Severity;

/** How the text format shows a severity label: plain, or wrapped in an ANSI color. */
enum SeverityStyle {
  PLAIN,
  ANSI;

  private static final String ESC = "\u001B[";
  private static final String RESET = ESC + "0m";

  String label(Severity severity) {
    if (this == PLAIN) {
      return severity.label();
    }
    return ESC + code(severity) + "m" + severity.label() + RESET;
  }

  private static String code(Severity severity) {
    return switch (severity) {
      case HIGH -> "1;31";
      case MEDIUM -> "33";
      case LOW -> "36";
      case INFO -> "2";
    };
  }
}
