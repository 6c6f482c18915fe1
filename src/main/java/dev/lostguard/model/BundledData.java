package dev.lostguard.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a data file bundled in the jar (the rule catalog's {@code rules/models/*.json}) strictly: an
 * unknown field is an error, so a typo in a model file fails the build's tests instead of being ignored.
 */
public final class BundledData {

  private BundledData() {}

  /** @param resource the file's path in the jar, with a leading {@code /} */
  public static <T> T read(String resource, Class<T> type) {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String name = resource.substring(1);
    try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return mapper.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("malformed " + name + ": " + e.getMessage(), e);
    }
  }
}
