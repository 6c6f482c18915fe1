package dev.lostguard.cli;

import static dev.lostguard.cli.TestProject.GUARDED;
import static dev.lostguard.cli.TestProject.SCHEMA;
import static dev.lostguard.cli.TestProject.UNGUARDED;
import static dev.lostguard.cli.TestProject.findingPaths;
import static dev.lostguard.cli.TestProject.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.scan.ConfigException;
import dev.lostguard.scan.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  @TempDir Path workspace;

  private TestProject app() {
    return new TestProject(workspace.resolve("app")).write("schema.sql", SCHEMA);
  }

  private void config(String relativePath, String json) throws IOException {
    Path file = workspace.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  @Test
  void configurationIsDiscoveredInAFolderAboveTheScanRoot() throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED);
    config("lostguard.json", "// the team's settings\n{\"rules\": {\"update-without-version-check\": \"off\"}}");
    CliRun run = app.scan();
    assertThat(findings(run)).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(findings(app.scan("--no-config"))).containsExactly("q.sql:1 update-without-version-check high");
  }

  @Test
  void aSeverityOverrideIsTheReportedSeverity() throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED + GUARDED);
    config("app/.lostguard.json", "{\"rules\": {\"update-without-version-check\": \"low\"}}");
    CliRun run = app.scan("--fail-on", "medium");
    assertThat(findings(run)).containsExactly("q.sql:1 update-without-version-check low");
    assertThat(new ObjectMapper().readTree(run.out()).at("/summary/bySeverity").toString())
        .isEqualTo("{\"high\":0,\"medium\":0,\"low\":1,\"info\":0}");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void commandLineFlagsOverrideTheFile() throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED).write("src/test/sql/fixture.sql", UNGUARDED);
    config("app/lostguard.json", "{\"failOn\": \"none\", \"includeTests\": true}");
    assertThat(app.scan().exitCode()).isZero();
    assertThat(findingPaths(app.scan())).containsExactly("q.sql", "src/test/sql/fixture.sql");
    assertThat(app.scan("--fail-on", "low").exitCode()).isEqualTo(4);
    assertThat(findingPaths(app.scan("--no-include-tests"))).containsExactly("q.sql");
  }

  @Test
  void listsOfTheFileAndOfTheCommandLineAddUp() throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED).write("legacy/old.sql", UNGUARDED)
        .write("generated/gen.sql", UNGUARDED).write("qa/check.sql", UNGUARDED);
    config("app/lostguard.json", "{\"exclude\": [\"legacy/**\"], \"testFolders\": [\"qa\"]}");
    assertThat(findingPaths(app.scan())).containsExactly("generated/gen.sql", "q.sql");
    assertThat(findingPaths(app.scan("--exclude", "generated"))).containsExactly("q.sql");
    assertThat(findingPaths(app.scan("--include", "q*.sql"))).containsExactly("q.sql");
  }

  @Test
  void includeGlobsOfTheFileLimitTheScan() throws IOException {
    TestProject app = app().write("main/q.sql", UNGUARDED).write("scripts/fix.sql", UNGUARDED);
    config("app/lostguard.json", "{\"include\": [\"schema.sql\", \"main/**\"]}");
    assertThat(findingPaths(app.scan())).containsExactly("main/q.sql");
  }

  @Test
  void versionColumnsOfTheFileMakeATableVersioned() throws IOException {
    TestProject app = new TestProject(workspace.resolve("app"))
        .write("q.sql", "CREATE TABLE note (id INT PRIMARY KEY, body TEXT, rev INT);\n"
            + "UPDATE note SET body = ? WHERE id = ?;\n"
            + "UPDATE note SET body = ?, rev = ? WHERE id = ?;\n");
    assertThat(findings(app.scan()))
        .containsExactly("q.sql:2 unversioned-table-update medium", "q.sql:3 unversioned-table-update medium");
    config("app/lostguard.json", "{\"versionColumns\": [\"rev\"]}");
    assertThat(findings(app.scan()))
        .containsExactly("q.sql:2 update-without-version-check high", "q.sql:3 update-without-version-check high");
  }

  /** Scans with this configuration, which must stop the scan with exit 2 and no report. */
  private String usageError(String json) throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED);
    config("app/lostguard.json", json);
    CliRun run = app.scan();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    return run.err();
  }

  @Test
  void anUnknownKeyIsAUsageErrorNamingItsJsonPath() throws IOException {
    assertThat(usageError("{\n  \"exclude\": [],\n  \"failon\": \"high\"\n}"))
        .startsWith("lostguard: ").contains("lostguard.json: $.failon: unknown key\n");
  }

  @Test
  void anUnknownRuleIdIsAUsageErrorNamingItsJsonPath() throws IOException {
    assertThat(usageError("{\"rules\": {\"no-such-rule\": \"off\"}}"))
        .contains("lostguard.json: $.rules.no-such-rule: unknown rule id\n");
  }

  @Test
  void configNamesAFileAndNoConfigIgnoresThem() throws IOException {
    TestProject app = app().write("q.sql", UNGUARDED);
    config("app/lostguard.json", "{\"rules\": {\"no-such-rule\": \"off\"}}");
    config("ci/strict.json", "{\"rules\": {\"update-without-version-check\": \"medium\"}}");
    assertThat(findings(app.scan("--config", workspace.resolve("ci/strict.json").toString())))
        .containsExactly("q.sql:1 update-without-version-check medium");
    assertThat(app.scan("--no-config").exitCode()).isEqualTo(4);
    assertThat(app.scan("--no-config", "--config", "x.json").exitCode()).isEqualTo(2);
    CliRun missing = app.scan("--config", workspace.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such configuration file");
  }

  @Test
  void anExtraSqlSinkMakesACustomDaoWrapperASink() throws IOException {
    TestProject app = app()
        .write("src/main/java/shop/Db.java", """
            package shop;

            public class Db {
              public int write(String sql, Object... args) {
                return 0;
              }
            }
            """)
        .write("src/main/java/shop/ProfileDao.java", """
            package shop;

            public class ProfileDao {
              private final Db db;

              public ProfileDao(Db db) {
                this.db = db;
              }

              public int rename(long id, String name) {
                return db.write("UPDATE profile SET name = ? WHERE id = ?", name, id);
              }
            }
            """);
    assertThat(findings(app.scan())).isEmpty();
    config("app/lostguard.json", """
        {
          // our JDBC wrapper
          "sqlSinks": {"methodSinks": [{"types": ["Db"], "methods": ["write"], "sqlArgument": 0,
                                        "returns": "count", "language": "sql"}]}
        }
        """);
    assertThat(findings(app.scan()))
        .containsExactly("src/main/java/shop/ProfileDao.java:11 update-without-version-check high");
  }

  @Test
  void initWritesAStarterThatLoadsAndNeverOverwrites() throws IOException, ConfigException {
    TestProject app = app().write("q.sql", UNGUARDED + GUARDED);
    CliRun init = CliRun.of("init", app.dir().toString());
    assertThat(init.exitCode()).isZero();
    Path written = app.dir().resolve("lostguard.json");
    String starter = Files.readString(written);
    assertThat(starter).contains("//", "\"include\"", "\"exclude\"", "\"testFolders\"", "\"includeTests\"",
        "\"rules\"", "\"versionColumns\"", "\"sqlSinks\"", "\"entryPoints\"", "\"failOn\"");
    new ConfigLoader(RuleCatalog.builtIn()).load(written);
    assertThat(findings(app.scan())).containsExactly("q.sql:1 update-without-version-check high");

    CliRun again = CliRun.of("init", app.dir().toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(written)).isEqualTo(starter);
  }

  @Test
  void initLeavesAHiddenConfigurationAlone() throws IOException {
    config("app/.lostguard.json", "{}");
    CliRun init = CliRun.of("init", workspace.resolve("app").toString());
    assertThat(init.exitCode()).isEqualTo(2);
    assertThat(init.err()).contains(".lostguard.json already exists");
    assertThat(workspace.resolve("app/lostguard.json")).doesNotExist();
  }

  @Test
  void extraEntryPointsFromTheFileStartEntryChains() throws IOException {
    TestProject app = app()
        .write("src/main/java/shop/Nightly.java", "package shop;\n\npublic @interface Nightly {}\n")
        .write("src/main/java/shop/Cleanup.java", """
            package shop;

            import org.springframework.jdbc.core.JdbcTemplate;

            public class Cleanup {
              private final JdbcTemplate jdbc;

              public Cleanup(JdbcTemplate jdbc) {
                this.jdbc = jdbc;
              }

              @Nightly
              public int run(long id) {
                return jdbc.update("UPDATE profile SET name = ? WHERE id = ?", "", id);
              }
            }
            """);
    assertThat(chains(app.scan())).containsExactly("[]");
    config("app/lostguard.json",
        "{\"entryPoints\": {\"annotated\": [{\"kind\": \"job\", \"annotations\": [\"shop.Nightly\"]}]}}");
    assertThat(chains(app.scan())).singleElement().asString().startsWith("[[\"job @Nightly").contains("Cleanup.run");
  }

  /** Per finding, its entry chains as JSON. */
  private static List<String> chains(CliRun run) throws IOException {
    List<String> chains = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
      List<String> each = new ArrayList<>();
      f.get("entryPoints").forEach(e -> each.add(e.get("chain").toString()));
      chains.add(each.toString());
    });
    return chains;
  }
}
