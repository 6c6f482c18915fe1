package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNeedlesTest {

  private static BitSet bits(int... indices) {
    BitSet set = new BitSet();
    for (int i : indices) {
      set.set(i);
    }
    return set;
  }

  @Test
  void findsOverlappingAndNestedNeedlesInOnePass() {
    TextNeedles needles = TextNeedles.of(TextNeedles.Needle.exactly("he", "she", "his", "hers"));

    assertThat(needles.find("ushers")).isEqualTo(bits(0, 1, 3));
    assertThat(needles.find("this")).isEqualTo(bits(2));
    assertThat(needles.find("nothing here, hers")).isEqualTo(bits(0, 3));
    assertThat(needles.find("").isEmpty()).isTrue();
  }

  @Test
  void aCaseFreePrefixMatchesAnyCaseAndTheRestOnlyAsWritten() {
    TextNeedles needles = TextNeedles.of(List.of(new TextNeedles.Needle("userId", 4)));

    assertThat(needles.anyIn("Long creatorUSERId;")).isTrue();
    assertThat(needles.anyIn("getUserId()")).isTrue();
    assertThat(needles.anyIn("userid")).isFalse();
    assertThat(needles.anyIn("userID")).isFalse();
  }

  @Test
  void nonAsciiTextNeitherMatchesNorHidesANeedle() {
    TextNeedles needles = TextNeedles.of(List.of(TextNeedles.Needle.exact("version")));

    assertThat(needles.anyIn("// 版本 version 号")).isTrue();
    assertThat(needles.anyIn("ver版sion")).isFalse();
  }

  @Test
  void agreesWithRegionMatchesOnRandomText() {
    List<TextNeedles.Needle> words = List.of(
        TextNeedles.Needle.exact("Id"), new TextNeedles.Needle("ownerId", 5), TextNeedles.Needle.exact("abab"),
        new TextNeedles.Needle("adminUid", 5), TextNeedles.Needle.exact("b"));
    TextNeedles needles = TextNeedles.of(words);
    Random random = new Random(7);
    String alphabet = "abIdOoWwNnEeRrUuiMmD版";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      BitSet expected = new BitSet();
      for (int w = 0; w < words.size(); w++) {
        if (naive(text.toString(), words.get(w))) {
          expected.set(w);
        }
      }
      assertThat(needles.find(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

  private static boolean naive(String text, TextNeedles.Needle needle) {
    String word = needle.text();
    int prefix = needle.caseFreePrefix();
    for (int at = 0; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, prefix)
          && text.regionMatches(at + prefix, word, prefix, word.length() - prefix)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void refusesNeedlesItCannotFind() {
    assertThatThrownBy(() -> TextNeedles.Needle.exact("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextNeedles.Needle.exact("版本")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextNeedles.Needle("id", 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
