package dev.lostguard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lostguard.model.AnalysisSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps each rule's four parts (catalog entry, page, class, markers) in step; markers: samples harness. */
class RuleCatalogTest {

  private final RuleCatalog catalog = RuleCatalog.builtIn();

  @Test
  void everyRegisteredRuleHasAnEntryAndAPage() {
    for (String id : Rules.ids()) {
      RuleMetadata entry = catalog.entry(id);
      assertThat(entry.name()).isEqualTo(pascalCase(id));
      assertThat(entry.remediation()).isNotBlank();
      assertThat(catalog.page(id)).startsWith("# " + id).contains("## Bad", "## Good");
    }
  }

  @Test
  void everyRiskRuleNamesCwe362AndExactlyOneOfStaleCheckOrBrokenLockingAndTagsItsCwes() {
    for (RuleMetadata entry : catalog.entries()) {
      if (entry.id().equals(IneffectiveSuppression.ID)) {
        // The meta rule judges suppressions, not code: no weakness to name.
        assertThat(entry.cwe()).isEmpty();
        assertThat(entry.tags()).contains("suppression").doesNotContain("CWE-362");
        continue;
      }
      assertThat(entry.cwe()).as(entry.id()).contains("CWE-362");
      assertThat(entry.cwe().stream().filter(c -> c.equals("CWE-367") || c.equals("CWE-413")))
          .as(entry.id())
          .hasSize(1);
      assertThat(entry.tags()).as(entry.id()).containsAll(entry.cwe());
    }
  }

  @Test
  void everyCatalogFileBelongsToARegisteredRule() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      List<String> ids =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .map(n -> n.substring(0, n.length() - ".json".length()))
              .sorted()
              .toList();
      assertThat(ids).isEqualTo(Rules.ids());
    }
  }

  @Test
  void ruleClassesAreNamedAfterTheirIds() {
    for (WriteSiteRule rule : Rules.writeSiteRules()) {
      assertThat(rule.getClass().getSimpleName()).isEqualTo(catalog.entry(rule.id()).name());
    }
    for (TableRule rule : Rules.tableRules()) {
      assertThat(rule.getClass().getSimpleName()).isEqualTo(catalog.entry(rule.id()).name());
    }
    for (ProjectRule rule : Rules.projectRules()) {
      assertThat(rule.getClass().getSimpleName()).isEqualTo(catalog.entry(rule.id()).name());
    }
    assertThat(IneffectiveSuppression.class.getSimpleName()).isEqualTo(catalog.entry(IneffectiveSuppression.ID).name());
  }

  @Test
  void projectRulesAreListedInIdOrder() {
    List<String> ids = Rules.projectRules().stream().map(ProjectRule::id).toList();
    assertThat(ids).isSorted().contains("conflict-swallowed", "retry-on-conflict", "version-compared-by-reference");
  }

  @Test
  void statementRulesRunInTheDocumentedPrecedence() {
    assertThat(Rules.writeSiteRules())
        .extracting(WriteSiteRule::id)
        .containsExactly(
            "version-bumped-on-read",
            "side-effect-write-bumps-version",
            "timestamp-as-version",
            "delete-without-version-check",
            "upsert-without-guard",
            "bulk-update-bypasses-version",
            "version-not-incremented",
            "rowcount-ignored",
            "update-without-version-check",
            "unversioned-table-update");
  }

  @Test
  void unknownCatalogFieldsFailLoading() {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"x\",\"colour\":\"red\"}", RuleMetadata.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void settingsCarryTheDefaultVocabulariesAndUserVersionColumns() {
    AnalysisSettings settings = catalog.settings(List.of("Revision"), false);
    assertThat(settings.versionColumns()).contains("version", "lock_version", "revision");
    assertThat(settings.bookkeepingColumns()).contains("last_login", "view_count", "updated_at");
    assertThat(settings.softDeleteValues()).contains("DELETED");
  }

  private static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}
