package dev.lostguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unguarded side path names the guarded write it undermines and the user-facing path to it. */
class SidePathMessageTest {

  @Test
  void aToggleOrJobBesideAGuardedFormNamesTheGuardedWritesEntryChain() {
    Path sample = Path.of("samples/jobs-and-toggles");
    Report report = new Scanner().scan(new ScanRequest(List.of(sample), sample, List.of(), 1, false, List.of()));

    List<Finding> sidePaths =
        report.findings().stream().filter(f -> f.signals().contains("unguarded-side-path")).toList();

    assertThat(sidePaths).isNotEmpty().allSatisfy(f -> assertThat(f.message())
        .contains("undermines the guarded write at src/main/java/com/ashgrove/inventory/items/StockItemDao.java:")
        .contains("(PUT /items/{id} -> ItemController.update -> StockItemDao.updateDetails -> JdbcTemplate.update)"));
    assertThat(sidePaths).extracting(f -> f.pathKind().label()).contains("toggle", "job");
  }
}
