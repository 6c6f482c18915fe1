package dev.lostguard.cli;

/** The report formats of {@code scan --format}. */
public enum OutputFormat {
  text,
  json,
  sarif,
  gitlab,
  junit,
  markdown
}
