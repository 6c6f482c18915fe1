package dev.lostguard.rules;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Location;
import dev.lostguard.model.RelatedLocation;
import java.util.List;
import java.util.Optional;

/**
 * What a rule says about one place; the engine adds catalog metadata, ranking and fingerprints.
 *
 * @param confidence empty for the catalog default
 * @param fingerprintText the normalized text that identifies the flagged code, line-independent
 * @param related places that explain the finding, such as the write paths of an entity
 */
public record Verdict(
    String message,
    Location location,
    String table,
    Optional<Confidence> confidence,
    String fingerprintText,
    List<RelatedLocation> related) {

  public Verdict(
      String message, Location location, String table, Optional<Confidence> confidence, String fingerprintText) {
    this(message, location, table, confidence, fingerprintText, List.of());
  }
}
