package dev.lostguard.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.FileFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TableNamePrefix;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpringConfigAnalyzerTest {

  private static List<String> prefixes(String path, String text) {
    FileFacts facts = new SpringConfigAnalyzer().analyze(path, text, SourceRole.APPLICATION);
    assertThat(facts.errors()).isEmpty();
    return facts.patterns().stream().map(p -> ((TableNamePrefix) p).prefix()).toList();
  }

  @Test
  void springBootConfigurationFilesAreKnownByName() {
    assertThat(SpringConfigAnalyzer.named("src/main/resources/application.yml")).isTrue();
    assertThat(SpringConfigAnalyzer.named("src/main/resources/application-prod.yaml")).isTrue();
    assertThat(SpringConfigAnalyzer.named("config/bootstrap.properties")).isTrue();
    assertThat(SpringConfigAnalyzer.named("application.json")).isFalse();
    assertThat(SpringConfigAnalyzer.named("src/main/resources/logback.yml")).isFalse();
    assertThat(SpringConfigAnalyzer.named("my-application.yml")).isFalse();
  }

  @Test
  void theTablePrefixIsReadFromNestedFlatAndRelaxedKeys() {
    assertThat(prefixes("application.yml", """
        mybatis-plus:
          mapper-locations: classpath*:/mapper/**/*.xml
          global-config:
            db-config:
              id-type: auto
              table-prefix: la_
        """)).containsExactly("la_");
    assertThat(prefixes("application.yml", "mybatis-plus.global-config.db-config.table-prefix: t_\n"))
        .containsExactly("t_");
    assertThat(prefixes("application.yml", """
        mybatisPlus:
          globalConfig:
            dbConfig:
              tablePrefix: sys_
        """)).containsExactly("sys_");
    assertThat(prefixes("application.properties", "mybatis-plus.global-config.db-config.table_prefix = ms_\n"))
        .containsExactly("ms_");
  }

  @Test
  void everyYamlDocumentIsReadAndAPlaceholderGivesItsDefault() {
    assertThat(prefixes("application.yml", """
        spring:
          profiles:
            active: dev
        ---
        mybatis-plus:
          global-config:
            db-config:
              table-prefix: ${TABLE_PREFIX:la_}
        """)).containsExactly("la_");
    assertThat(prefixes("application.yml", "mybatis-plus.global-config.db-config.table-prefix: ${TABLE_PREFIX}\n"))
        .isEmpty();
  }

  @Test
  void otherSettingsAndUnparsableFilesSayNothing() {
    assertThat(prefixes("application.yml", "server:\n  port: 8080\n")).isEmpty();
    assertThat(prefixes("application.yml", "info:\n  version: @project.version@\nmybatis-plus: [\n")).isEmpty();
    assertThat(prefixes("application.yml", "mybatis-plus:\n  global-config:\n    db-config:\n      table-prefix:\n"))
        .isEmpty();
  }

  @Test
  void aBillionLaughsDocumentIsReadWithoutExpandingItsAliases() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
    }
    yaml.append("mybatis-plus.global-config.db-config.table-prefix: la_\n");

    // Aliases stay references in the event stream: expanded, the lists would hold a billion strings.
    assertThat(prefixes("application.yml", yaml.toString())).containsExactly("la_");
  }
}
