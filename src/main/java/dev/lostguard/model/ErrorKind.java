package dev.lostguard.model;

import java.util.Locale;

/** Why part of the input could not be analysed; the lower-case label is the JSON contract. */
public enum ErrorKind {
  IO,
  ENCODING,
  SIZE,
  PARSE_SQL,
  PARSE_JAVA,
  PARSE_XML,
  PARSE_CHANGELOG,
  PARSE_OPENAPI,
  TIMEOUT,
  RULE_CRASH,
  CONFIG;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
