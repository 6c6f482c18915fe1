package dev.lostguard.java;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;

/**
 * Finds which of a fixed set of ASCII needles a text contains, in one pass over it (an Aho-Corasick
 * automaton). The Java front-end's cheap gates look for some forty words in every file before they
 * decide which walks a tree needs; with the quick compiler {@link String#contains} is a plain loop per
 * word, and those passes cost a third as much as the walks themselves.
 *
 * <p>The automaton steps on ASCII letters folded to lower case; a match is then checked against the
 * needle's case ({@link Needle#caseFreePrefix}). Any other character restarts the search, so a needle
 * is found exactly where {@code regionMatches} finds it.
 */
public final class TextNeedles {

  private static final int ALPHABET = 128;

  /**
   * A word to look for: its first {@code caseFreePrefix} characters in any case, the rest as written
   * ({@code userId} with a prefix of 4 is {@code UserId}, {@code USERId}, ..., never {@code userid}).
   */
  public record Needle(String text, int caseFreePrefix) {
    public Needle {
      if (text.isEmpty() || !text.chars().allMatch(c -> c < ALPHABET)) {
        throw new IllegalArgumentException("needles are non-empty ASCII: " + text);
      }
      if (caseFreePrefix < 0 || caseFreePrefix > text.length()) {
        throw new IllegalArgumentException("case-free prefix out of range: " + caseFreePrefix);
      }
    }

    public static Needle exact(String text) {
      return new Needle(text, 0);
    }

    public static List<Needle> exactly(String... texts) {
      return Arrays.stream(texts).map(Needle::exact).toList();
    }
  }

  private final List<Needle> needles;
  /** {@code next[state * ALPHABET + c]}: the state after folded character {@code c}. */
  private final int[] next;
  /** The needles that end in each state, its own and its suffixes'. */
  private final int[][] endingIn;

  private TextNeedles(List<Needle> needles) {
    this.needles = List.copyOf(needles);
    List<int[]> children = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    children.add(newRow());
    ends.add(new ArrayList<>());
    for (int i = 0; i < this.needles.size(); i++) {
      int state = 0;
      for (char c : folded(this.needles.get(i).text()).toCharArray()) {
        if (children.get(state)[c] < 0) {
          children.get(state)[c] = children.size();
          children.add(newRow());
          ends.add(new ArrayList<>());
        }
        state = children.get(state)[c];
      }
      ends.get(state).add(i);
    }
    int states = children.size();
    next = new int[states * ALPHABET];
    int[] failure = new int[states];
    Queue<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int child = children.get(0)[c];
      next[c] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      ends.get(state).addAll(ends.get(failure[state]));
      for (int c = 0; c < ALPHABET; c++) {
        int child = children.get(state)[c];
        if (child < 0) {
          next[state * ALPHABET + c] = next[failure[state] * ALPHABET + c];
        } else {
          failure[child] = next[failure[state] * ALPHABET + c];
          next[state * ALPHABET + c] = child;
          queue.add(child);
        }
      }
    }
    endingIn = ends.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  public static TextNeedles of(List<Needle> needles) {
    return new TextNeedles(needles);
  }

  public List<Needle> needles() {
    return needles;
  }

  /** The indices (in {@link #needles()}) of the needles {@code text} contains. */
  public BitSet find(String text) {
    BitSet found = new BitSet(needles.size());
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      state = next[state * ALPHABET + fold(c)];
      for (int needle : endingIn[state]) {
        if (!found.get(needle) && matchesCase(text, i, needles.get(needle))) {
          found.set(needle);
        }
      }
    }
    return found;
  }

  /** Whether {@code text} contains any of the needles. */
  public boolean anyIn(String text) {
    return !find(text).isEmpty();
  }

  private static boolean matchesCase(String text, int end, Needle needle) {
    int start = end - needle.text().length() + 1;
    int prefix = needle.caseFreePrefix();
    return text.regionMatches(start + prefix, needle.text(), prefix, needle.text().length() - prefix);
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String folded(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
