package dev.lostguard.openapi;

import java.util.regex.Pattern;

/**
 * Tells an OpenAPI 3 or Swagger 2 spec from the other YAML and JSON of a tree by its first bytes: a
 * root {@code openapi: 3.x} or {@code swagger: "2.0"} key (YAML, at the start of a line) or
 * {@code "openapi": "3.x"} (JSON). Path-item files that a spec references never match; the spec
 * reads them itself.
 */
public final class OpenApiSpecs {

  /** How much of a file's start is looked at, as the other markup front-ends do. */
  public static final int SNIFF_CHARS = 4096;

  private static final Pattern VERSION_KEY = Pattern.compile(
      "(?m)^(?:openapi|swagger)[ \\t]*:[ \\t]*['\"]?[23]\\.|\"(?:openapi|swagger)\"\\s*:\\s*\"[23]\\.");

  private OpenApiSpecs() {}

  /** Whether the text's first {@link #SNIFF_CHARS} characters declare an OpenAPI or Swagger version. */
  public static boolean isSpec(String text) {
    return VERSION_KEY.matcher(text.substring(0, Math.min(text.length(), SNIFF_CHARS))).find();
  }
}
