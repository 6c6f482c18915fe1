package dev.lostguard.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}: one value per line of a file, so that an
 * alert keeps its identity when lines are inserted above it. A port of the algorithm of
 * {@code src/fingerprints.ts} in github/codeql-action (function {@code hash}), which
 * {@code upload-sarif} applies to results that arrive without the value; computing it ourselves keeps
 * the SARIF complete when the sources are not beside the upload.
 *
 * <p>The algorithm, restated: spaces and tabs are ignored, {@code \r\n} and {@code \r} count as
 * {@code \n}. Each line's hash is a polynomial rolling hash (base 37, 64-bit wrap-around arithmetic)
 * of the 100 characters (UTF-16 code units) that start at the line's first kept character, reading on
 * across later lines; after the last character comes one end marker (65535), then zeros. The hash is
 * printed as unsigned lower-case hex without leading zeros, followed by {@code :n}, where {@code n}
 * counts how often that hash has occurred so far in the file. An empty file has one line.
 */
final class LineHashes {

  private static final int BLOCK = 100;
  private static final long BASE = 37;
  private static final int END = 65535;
  /** {@code BASE^BLOCK}: the weight of the character that leaves the window. */
  private static final long LEAVING_WEIGHT = power(BASE, BLOCK);

  private final int[] window = new int[BLOCK];
  private final int[] lineStarts = new int[BLOCK];
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<String> hashes = new ArrayList<>();
  private long hash;
  private int index;
  private int lines;
  private boolean atLineStart = true;
  private boolean afterCarriageReturn;

  private LineHashes() {
    Arrays.fill(lineStarts, -1);
  }

  /** The hash of every line of {@code text}: element {@code i} belongs to line {@code i + 1}. */
  static List<String> of(CharSequence text) {
    LineHashes state = new LineHashes();
    for (int i = 0; i < text.length(); i++) {
      state.accept(text.charAt(i));
    }
    state.accept(END);
    for (int i = 0; i < BLOCK; i++) {
      state.emitIfLineStarts();
      state.roll(0);
    }
    return List.copyOf(state.hashes);
  }

  private void accept(int character) {
    if (character == ' ' || character == '\t' || (afterCarriageReturn && character == '\n')) {
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = character == '\r';
    int normalized = afterCarriageReturn ? '\n' : character;
    emitIfLineStarts();
    if (atLineStart) {
      atLineStart = false;
      lines++;
      lineStarts[index] = lines;
    }
    atLineStart = normalized == '\n';
    roll(normalized);
  }

  /** A full window has passed since the character at {@code index} started a line: its hash is ready. */
  private void emitIfLineStarts() {
    if (lineStarts[index] == -1) {
      return;
    }
    String hex = Long.toHexString(hash);
    int occurrence = seen.merge(hex, 1, Integer::sum);
    // Lines arrive in order, one per start, so the list index is the line number minus one.
    hashes.add(hex + ":" + occurrence);
    lineStarts[index] = -1;
  }

  private void roll(int character) {
    int leaving = window[index];
    window[index] = character;
    hash = BASE * hash + character - LEAVING_WEIGHT * leaving;
    index = (index + 1) % BLOCK;
  }

  private static long power(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
