package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapperCopiesScanTest {

  private static final String MAPPER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapper namespace="shop.mapper.ExpressMapper">
        <update id="updateExpress">
          UPDATE express SET name = #{name}, phone = #{phone} WHERE id = #{id}
        </update>
      </mapper>
      """;

  @TempDir Path root;

  @Test
  void aSecondMapperFileWithTheSameNamespaceIsACopyThatIsSetAside() throws IOException {
    TempProject.write(root, "shop/src/main/resources/schema.sql",
        "CREATE TABLE express (id BIGINT PRIMARY KEY, name VARCHAR(64), phone VARCHAR(32));");
    TempProject.write(root, "shop/src/main/resources/mapper/ExpressMapper.xml", MAPPER);
    TempProject.write(root, "generatorSqlmapCustom/src/shop/mapper/ExpressMapper.xml", MAPPER);

    Report report = TempProject.scan(root);

    assertThat(report.findings()).extracting(f -> f.location().path())
        .containsExactly("shop/src/main/resources/mapper/ExpressMapper.xml");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }
}
