package dev.lostguard.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.MapperFacts;
import dev.lostguard.model.MapperStatement;
import dev.lostguard.model.SourceRole;
import org.junit.jupiter.api.Test;

/** One XML file: which files are mappers, what a mapper declares, and where. */
class MapperFileAnalyzerTest {

  private static final String DOCTYPE =
      "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" \"http://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n";

  private static FileFacts analyze(String xml) {
    return new MapperFileAnalyzer().analyze("mappers/OrderMapper.xml", xml, SourceRole.APPLICATION);
  }

  @Test
  void otherXmlIsIgnoredWithoutAnError() {
    FileFacts facts = analyze("<?xml version=\"1.0\"?>\n<!-- build -->\n<project><mapper namespace=\"x\"/></project>");

    assertThat(facts.mappers()).isEmpty();
    assertThat(facts.errors()).isEmpty();
    assertThat(facts.statements()).isZero();
  }

  @Test
  void aMapperGivesItsNamespaceFragmentsAndStatementsAnchoredAtTheirOpeningBracket() {
    FileFacts facts = analyze("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + DOCTYPE + """
        <mapper namespace=" shop.OrderMapper ">
          <sql id="cols">id, note</sql>
          <select id="find">SELECT <include refid="cols"/> FROM orders</select>
            <update id="updateNote"
                    parameterType="shop.Order">
            UPDATE orders SET note = #{note} WHERE id = #{id}
          </update>
        </mapper>
        """);

    MapperFacts mapper = facts.mappers().get(0);
    assertThat(mapper.namespace()).isEqualTo("shop.OrderMapper");
    assertThat(mapper.fragments()).containsOnlyKeys("cols");
    assertThat(mapper.statements()).extracting(MapperStatement::id).containsExactly("find", "updateNote");
    assertThat(facts.statements()).isEqualTo(2);
    MapperStatement update = mapper.statements().get(1);
    assertThat(update.kind()).isEqualTo("update");
    assertThat(update.location().startLine()).isEqualTo(6);
    assertThat(update.location().startColumn()).isEqualTo(5);
    assertThat(update.location().endLine()).isEqualTo(9);
    assertThat(update.generated()).isFalse();
  }

  @Test
  void windowsLineEndingsAndTabsKeepTheStatementLines() {
    FileFacts facts = analyze(DOCTYPE.replace("\n", "\r\n")
        + "<mapper namespace=\"shop.OrderMapper\">\r\n\t<!-- note -->\r\n\t<delete id=\"d\"\r\n\t\tparameterType=\"long\">"
        + "DELETE FROM orders WHERE id = #{id}</delete>\r\n</mapper>\r\n");

    MapperStatement delete = facts.mappers().get(0).statements().get(0);
    assertThat(delete.location().startLine()).isEqualTo(4);
    assertThat(delete.location().startColumn()).isEqualTo(2);
    assertThat(delete.location().endLine()).isEqualTo(5);
  }

  @Test
  void generatorOutputIsRecognisedByItsCommentOrByItsStatementIds() {
    FileFacts facts = analyze(DOCTYPE + """
        <mapper namespace="shop.ShipmentMapper">
          <update id="markShipped">
            <!-- WARNING - @mbg.generated -->
            update shipments set status = 'SHIPPED' where id = #{id}
          </update>
          <update id="updateByPrimaryKeySelective">update shipments set carrier = #{carrier} where id = #{id}</update>
          <update id="updateCarrier">update shipments set carrier = #{carrier} where id = #{id}</update>
        </mapper>
        """);

    assertThat(facts.mappers().get(0).statements())
        .extracting(MapperStatement::id, MapperStatement::generated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("markShipped", true),
            org.assertj.core.groups.Tuple.tuple("updateByPrimaryKeySelective", true),
            org.assertj.core.groups.Tuple.tuple("updateCarrier", false));
  }

  @Test
  void malformedXmlIsOneLocatedParseXmlError() {
    FileFacts facts = analyze(DOCTYPE + "<mapper namespace=\"x\">\n  <update id=\"u\">UPDATE t SET a = 1\n</mapper>\n");

    assertThat(facts.mappers()).isEmpty();
    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_XML);
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.message()).startsWith("could not parse XML: ");
    });
  }

  @Test
  void aRemoteDtdIsNotFetchedAndTheMapperStillParses() {
    // An address nothing listens on: fetching it would fail the parse.
    FileFacts facts = analyze("""
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://127.0.0.1:9/mybatis-3-mapper.dtd">
        <mapper namespace="shop.OrderMapper"><delete id="d">DELETE FROM orders WHERE id = #{id}</delete></mapper>
        """);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.mappers().get(0).statements()).hasSize(1);
  }

  @Test
  void aBillionLaughsMapperIsBoundedAndBecomesAnError() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 12; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    String xml = "<!DOCTYPE mapper [\n" + entities + "]>\n"
        + "<mapper namespace=\"x\"><update id=\"u\">UPDATE t SET a = '&lol12;'</update></mapper>\n";

    long start = System.nanoTime();
    FileFacts facts = analyze(xml);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_XML);
      assertThat(e.message()).containsIgnoringCase("entity");
    });
    assertThat(millis).isLessThan(10_000);
  }
}
