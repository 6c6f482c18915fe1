package dev.lostguard.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of what {@link JsonReporter} writes: the versioned contract that
 * {@code lostguard schema} prints for consumers of the JSON output.
 */
public final class ReportSchema {

  /** The {@code schemaVersion} that JSON reports carry; raised on any incompatible change. */
  public static final int VERSION = 1;

  /** Classpath location of the schema. */
  public static final String RESOURCE = "/dev/lostguard/report/report.schema.json";

  private ReportSchema() {}

  /** The schema as UTF-8 text, ending with a newline. */
  public static String text() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("report schema missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report schema " + RESOURCE, e);
    }
  }
}
