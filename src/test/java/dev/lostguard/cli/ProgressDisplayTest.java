package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

  private final StringWriter err = new StringWriter();

  private void scanOfThousandFiles(ProgressDisplay display) {
    display.phase("walk", 0);
    display.phase("parse", 1000);
    for (int i = 0; i < 1000; i++) {
      display.advanced();
    }
    display.phase("rules", 0);
    display.finished();
  }

  @Test
  void aTerminalGetsOneThrottledLineThatIsClearedAtTheEnd() {
    scanOfThousandFiles(new ProgressDisplay(new PrintWriter(err), true, false));
    String[] updates = err.toString().split("\r", -1);
    assertThat(err.toString()).contains("\rlostguard: parse 0/1000 files", "\rlostguard: parse 1000/1000 files")
        .doesNotContain("\n");
    assertThat(updates.length).isLessThan(100);
    assertThat(updates[updates.length - 1]).isEmpty();
    assertThat(updates[updates.length - 2]).isBlank();
  }

  @Test
  void elsewhereEachPhaseGetsPlainLinesWithoutRewrites() {
    scanOfThousandFiles(new ProgressDisplay(new PrintWriter(err), false, false));
    assertThat(err.toString().lines().toList()).hasSizeLessThan(10)
        .startsWith("lostguard: walk", "lostguard: parse 0/1000 files")
        .contains("lostguard: parse 1000/1000 files")
        .endsWith("lostguard: rules");
    assertThat(err.toString()).doesNotContain("\r");
  }

  @Test
  void verboseKeepsALineWithTheTimeOfEachPhase() {
    scanOfThousandFiles(new ProgressDisplay(new PrintWriter(err), true, true));
    assertThat(err.toString()).containsPattern("\rlostguard: walk done in \\d+ ms *\n")
        .containsPattern("\rlostguard: parse 1000/1000 files done in \\d+ ms *\n")
        .containsPattern("\rlostguard: rules done in \\d+ ms *\n");
  }
}
