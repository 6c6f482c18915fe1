package dev.lostguard.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identities for findings. A fingerprint hashes the rule, the file, the flagged code's
 * normalized text (whitespace, case and literals folded) and its occurrence index among identical
 * code in the file: inserting lines above a finding keeps it, changing the statement or the rule
 * changes it, and two identical risky statements in one file stay distinct.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(String ruleId, String path, String normalizedText, int occurrence) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {ruleId, path, normalizedText, Integer.toString(occurrence)}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
