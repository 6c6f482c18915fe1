package dev.lostguard.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lostguard.model.Location;
import java.net.URI;
import java.net.URISyntaxException;

/** SARIF location objects for report paths, all relative to {@code %SRCROOT%}. */
final class SarifLocations {

  /** The base id that every artifact URI is relative to; {@code originalUriBaseIds} resolves it. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  private SarifLocations() {}

  /**
   * A location for a region. SARIF's end column points after the last character, ours at it: one
   * is added.
   */
  static ObjectNode of(Location at, String message) {
    ObjectNode region = JsonOutput.object();
    region.put("startLine", at.startLine());
    if (at.startColumn() >= 1) {
      region.put("startColumn", at.startColumn());
    }
    if (at.endLine() >= at.startLine()) {
      region.put("endLine", at.endLine());
      if (at.endColumn() >= 1 && (at.endLine() > at.startLine() || at.endColumn() >= at.startColumn())) {
        region.put("endColumn", at.endColumn() + 1);
      }
    }
    return location(at.path(), region, message);
  }

  /** A location for a whole line, or for a whole file when {@code line} is null. */
  static ObjectNode ofLine(String path, Integer line, String message) {
    ObjectNode region = null;
    if (line != null && line >= 1) {
      region = JsonOutput.object();
      region.put("startLine", line);
    }
    return location(path, region, message);
  }

  /** A location that is only a message: a step of a path that has no place in the sources. */
  static ObjectNode messageOnly(String message) {
    ObjectNode location = JsonOutput.object();
    location.set("message", text(message));
    return location;
  }

  /** {@code {"text": ...}}, SARIF's message object. */
  static ObjectNode text(String text) {
    ObjectNode message = JsonOutput.object();
    message.put("text", text);
    return message;
  }

  /** A relative path as a URI reference: segments percent-encoded where URIs need it, {@code /} kept. */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  private static ObjectNode location(String path, ObjectNode region, String message) {
    ObjectNode artifact = JsonOutput.object();
    artifact.put("uri", uri(path));
    artifact.put("uriBaseId", SOURCE_ROOT);
    ObjectNode physical = JsonOutput.object();
    physical.set("artifactLocation", artifact);
    if (region != null) {
      physical.set("region", region);
    }
    ObjectNode location = JsonOutput.object();
    location.set("physicalLocation", physical);
    if (message != null) {
      location.set("message", text(message));
    }
    return location;
  }
}
