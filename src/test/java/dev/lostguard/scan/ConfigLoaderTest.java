package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lostguard.model.Severity;
import dev.lostguard.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final ConfigLoader LOADER = new ConfigLoader(RuleCatalog.builtIn());
  private static final Path FILE = Path.of("lostguard.json");

  private static ProjectConfig parse(String json) throws ConfigException {
    return LOADER.parse(FILE, json);
  }

  /** The problem reported for a configuration written with {@code '} for {@code "}. */
  private static String problem(String json) {
    try {
      parse(json.replace('\'', '"'));
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("no problem reported for " + json);
  }

  @Test
  void readsEveryKeyWithCommentsAround() throws ConfigException {
    ProjectConfig config = parse("""
        // line comment
        {
          /* block comment */
          "include": ["src/**"], "exclude": ["**/generated/**"], "testFolders": ["qa"],
          "includeTests": true, "rules": {"timestamp-as-version": "off", "rowcount-ignored": "low"},
          "versionColumns": ["revision"], "failOn": "high",
          "sqlSinks": {"methodSinks": [{"types": ["Db"], "methods": ["write"], "sqlArgument": 0,
                                        "returns": "count", "language": "sql"}]},
          "entryPoints": {"annotated": [{"kind": "job", "annotations": ["com.example.Nightly"]}]}
        }
        """);
    assertThat(config.file()).contains(FILE);
    assertThat(config.include()).containsExactly("src/**");
    assertThat(config.exclude()).containsExactly("**/generated/**");
    assertThat(config.testFolders()).containsExactly("qa");
    assertThat(config.includeTests()).contains(true);
    assertThat(config.versionColumns()).containsExactly("revision");
    assertThat(config.failOn()).contains("high");
    assertThat(config.sqlSinks().methodSinks()).singleElement()
        .satisfies(s -> assertThat(s.types()).containsExactly("Db"));
    assertThat(config.entryPoints().model().annotated()).singleElement()
        .satisfies(e -> assertThat(e.annotations()).containsExactly("com.example.Nightly"));
  }

  @Test
  void emptyObjectMeansEveryDefault() throws ConfigException {
    ProjectConfig config = parse("{}");
    assertThat(config.include()).isEmpty();
    assertThat(config.includeTests()).isEmpty();
    assertThat(config.failOn()).isEmpty();
    assertThat(config.sqlSinks().methodSinks()).isEmpty();
  }

  @Test
  void unknownKeysAreNamedByJsonPath() {
    assertThat(problem("{'exclud': []}")).isEqualTo("lostguard.json: $.exclud: unknown key");
    assertThat(problem("{'sqlSinks': {'methodSinks': [{'types': ['Db'], 'sqlArgument': 0, 'method': ['x']}]}}"))
        .isEqualTo("lostguard.json: $.sqlSinks.methodSinks[0].method: unknown key");
    assertThat(problem("{'entryPoints': {'annotated': [{'kind': 'job', 'annotation': []}]}}"))
        .isEqualTo("lostguard.json: $.entryPoints.annotated[0].annotation: unknown key");
  }

  @Test
  void unknownRuleIdsAndSettingsAreNamedByJsonPath() {
    assertThat(problem("{'rules': {'no-such-rule': 'off'}}"))
        .isEqualTo("lostguard.json: $.rules.no-such-rule: unknown rule id");
    assertThat(problem("{'rules': {'timestamp-as-version': 'critical'}}"))
        .startsWith("lostguard.json: $.rules.timestamp-as-version: expected one of off, info, low");
  }

  @Test
  void wrongTypesAreNamedByJsonPath() {
    assertThat(problem("{'exclude': '**/gen/**'}"))
        .isEqualTo("lostguard.json: $.exclude: expected an array of strings");
    assertThat(problem("{'exclude': ['a', 3]}")).isEqualTo("lostguard.json: $.exclude[1]: expected a non-empty string");
    assertThat(problem("{'includeTests': 'yes'}")).isEqualTo("lostguard.json: $.includeTests: expected true or false");
    assertThat(problem("{'failOn': 'critical'}")).startsWith("lostguard.json: $.failOn: expected one of info");
    assertThat(problem("[]")).isEqualTo("lostguard.json: $: expected an object");
    assertThat(problem("{'exclude': ['src/[a']}")).startsWith("lostguard.json: $.exclude[0]: invalid glob");
  }

  @Test
  void invalidModelEntriesSayWhatIsMissing() {
    assertThat(problem("{'sqlSinks': {'methodSinks': [{'types': ['Db'], 'methods': ['w'], 'sqlArgument': 0}]}}"))
        .isEqualTo("lostguard.json: $.sqlSinks: a method sink without returns or language");
    assertThat(problem("{'sqlSinks': {'methodSinks': [{'types': ['Db'], 'methods': ['w']}]}}"))
        .isEqualTo("lostguard.json: $.sqlSinks.methodSinks[0].sqlArgument: missing or null");
    assertThat(problem("{'entryPoints': {'annotated': [{'kind': 'cron', 'annotations': ['a.B']}]}}"))
        .isEqualTo("lostguard.json: $.entryPoints: unknown kind cron");
  }

  @Test
  void brokenJsonAndDuplicateKeysGiveTheLine() {
    assertThat(problem("{\n  'exclude': [,]\n}")).startsWith("lostguard.json:2:").contains("invalid JSON");
    assertThat(problem("{'failOn': 'low',\n 'failOn': 'high'}")).startsWith("lostguard.json:2:")
        .contains("Duplicate field 'failOn'");
  }

  @Test
  void severitiesAndOffBecomeOverrides() throws ConfigException {
    ProjectConfig config = parse("{\"rules\": {\"timestamp-as-version\": \"off\", \"rowcount-ignored\": \"info\"}}");
    assertThat(config.rules()).isNotSameAs(RuleOverrides.NONE);
    assertThat(Severity.parse("info")).isEqualTo(Severity.INFO);
  }

  @Test
  void discoveryFindsTheNearestFileUpward(@TempDir Path dir) throws IOException {
    Path nested = Files.createDirectories(dir.resolve("a/b/c"));
    assertThat(ConfigLoader.discover(nested)).isEmpty();
    Files.writeString(dir.resolve(".lostguard.json"), "{}");
    assertThat(ConfigLoader.discover(nested)).contains(dir.resolve(".lostguard.json"));
    Files.writeString(dir.resolve("a/lostguard.json"), "{}");
    assertThat(ConfigLoader.discover(nested)).contains(dir.resolve("a/lostguard.json"));
    Files.writeString(dir.resolve("a/.lostguard.json"), "{}");
    assertThat(ConfigLoader.discover(nested)).contains(dir.resolve("a/lostguard.json"));
  }
}
