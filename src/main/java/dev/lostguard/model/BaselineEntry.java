package dev.lostguard.model;

import java.util.Comparator;

/**
 * One accepted finding identity in a baseline file, or a stale one that no finding matched.
 *
 * @param fingerprint the finding's stable fingerprint (see {@code Fingerprints})
 * @param ruleId and {@code path}: for people reading the file; matching uses the fingerprint alone,
 *     which already hashes both
 * @param count how many findings with this fingerprint are accepted (or, when stale, were not seen)
 */
public record BaselineEntry(String fingerprint, String ruleId, String path, int count)
    implements Comparable<BaselineEntry> {

  private static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::path)
          .thenComparing(BaselineEntry::ruleId)
          .thenComparing(BaselineEntry::fingerprint);

  @Override
  public int compareTo(BaselineEntry other) {
    return ORDER.compare(this, other);
  }
}
