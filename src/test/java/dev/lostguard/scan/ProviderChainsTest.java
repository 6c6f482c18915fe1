package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entry chains through an interface-declared JAX-RS resource and a {@code Provider<Service>} field, on
 * the sample app: the harness checks which findings fire, this test checks the path they name.
 */
class ProviderChainsTest {

  private static final Path CATALOG = Path.of(System.getProperty("basedir", "."), "samples", "catalog-jaxrs-etags");

  @Test
  void aWriteReachedThroughAProviderFromAnInterfaceMappingCarriesTheWholeChain() {
    List<Finding> renames = new Scanner().scan(ScanRequest.ofDirectory(CATALOG)).findings().stream()
        .filter(f -> f.ruleId().equals("update-without-version-check"))
        .filter(f -> f.snippet().contains("SET title = ? WHERE"))
        .toList();

    assertThat(renames).singleElement().satisfies(finding -> {
      assertThat(finding.entryPoints()).extracting(EntryChain::labels).containsExactly(List.of(
          "PUT /items/{id}/title",
          "CatalogTitles.rename",
          "TitleService.rename",
          "CatalogItemDao.rename",
          "JdbcTemplate.update"));
      assertThat(finding.pathKind().name()).isEqualTo("ENDPOINT");
    });
  }
}
