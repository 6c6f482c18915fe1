package dev.lostguard.rules;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Location;
import java.util.Optional;

/**
 * What a rule says about one place; the engine adds catalog metadata, ranking and fingerprints.
 *
 * @param confidence empty for the catalog default
 * @param fingerprintText the normalized text that identifies the flagged code, line-independent
 */
public record Verdict(
    String message, Location location, String table, Optional<Confidence> confidence, String fingerprintText) {}
