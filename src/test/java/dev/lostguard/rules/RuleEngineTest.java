package dev.lostguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.EntityCatalog;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Schema;
import dev.lostguard.model.SourceRole;
import dev.lostguard.sql.SqlFileAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  /** A rule that fails on every statement, as a buggy check would. */
  private static final class Crashing implements WriteSiteRule {
    @Override
    public String id() {
      return TimestampAsVersion.ID;
    }

    @Override
    public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
      if (site.checksVersion()) {
        return Optional.empty();
      }
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aCrashingRuleIsReportedWithItsNameAndPositionAndTheOtherRulesGoOn() {
    FileFacts facts =
        new SqlFileAnalyzer()
            .analyze(
                "q.sql",
                "CREATE TABLE doc (id INT PRIMARY KEY, title TEXT, version INT);\n"
                    + "UPDATE doc SET title = ? WHERE id = ?;\n"
                    + "UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?;\n",
                SourceRole.APPLICATION);
    ProjectModel model =
        ProjectModel.build(
            Schema.of(facts.schemaChanges()),
            EntityCatalog.of(List.of()),
            facts.writeSites(),
            RuleCatalog.builtIn().settings(List.of(), false));
    RuleEngine engine =
        new RuleEngine(
            RuleCatalog.builtIn(),
            List.of(new Crashing(), new UpdateWithoutVersionCheck()),
            List.of(),
            List.of());

    RuleEngine.Result result = engine.run(model, (path, line) -> null, path -> true);

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.RULE_CRASH);
              assertThat(e.rule()).isEqualTo(TimestampAsVersion.ID);
              assertThat(e.path()).isEqualTo("q.sql");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.message()).contains("boom");
            });
    assertThat(result.findings())
        .extracting(f -> f.ruleId())
        .containsExactly(UpdateWithoutVersionCheck.ID);
    assertThat(result.errors()).extracting(ProcessingError::rule).doesNotContainNull();
  }
}
