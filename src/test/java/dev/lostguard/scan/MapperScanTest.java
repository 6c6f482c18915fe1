package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import dev.lostguard.report.JsonReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MyBatis XML mappers seen through whole scans: linking, generated statements, and hostile input. */
class MapperScanTest {

  @TempDir Path project;

  private static final String DOCTYPE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" "
          + "\"http://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n";

  private static final String SCHEMA =
      "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, status TEXT, version INT NOT NULL);\n";

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  /** The orders table, and the one save that checks its version (a version no write names is unused). */
  private void versionedOrders() throws IOException {
    write("db/migration/V1__orders.sql", SCHEMA);
    TempProject.guardedSave(project, "orders", "note");
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  /** {@code src/main/resources/<Simple>.xml}: the mapper's statements start on line 4. */
  private void mapper(String namespace, String statements) throws IOException {
    write("src/main/resources/" + namespace.substring(namespace.lastIndexOf('.') + 1) + ".xml",
        DOCTYPE + "<mapper namespace=\"" + namespace + "\">\n" + statements + "</mapper>\n");
  }

  private static String json(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(report, out);
    return out.toString();
  }

  private void orderDesk(String mapperMethods, String serviceBody) throws IOException {
    versionedOrders();
    write("src/main/java/shop/OrderMapper.java", """
        package shop;

        public interface OrderMapper {
        %s
        }
        """.formatted(mapperMethods));
    write("src/main/java/shop/OrderController.java", """
        package shop;

        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class OrderController {
          private final OrderMapper orders;
          OrderController(OrderMapper orders) { this.orders = orders; }

          @PostMapping("/orders/{id}/note")
          void note(@PathVariable long id, String note) {
        %s
          }
        }
        """.formatted(serviceBody));
  }

  @Test
  void aStatementLinksToItsInterfaceMethodSoTheFindingCarriesTheEntryChain() throws IOException {
    orderDesk("  int updateNote(long id, String note);\n  int updateNote(Order order);",
        "    orders.updateNote(id, note);");
    mapper("shop.OrderMapper", """

          <update id="updateNote">
            UPDATE orders SET note = #{note} WHERE id = #{id}
          </update>
        """);

    Report report = scan();

    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.location().path()).isEqualTo("src/main/resources/OrderMapper.xml");
    assertThat(finding.location().startLine()).isEqualTo(5);
    assertThat(finding.snippet()).isEqualTo("<update id=\"updateNote\">");
    assertThat(finding.entryPoints()).singleElement().satisfies(chain -> assertThat(chain.labels())
        .containsExactly("POST /orders/{id}/note", "OrderController.note", "OrderMapper.updateNote",
            "MyBatis <update id=\"updateNote\">"));
    assertThat(report.summary().statementsSetAside()).isZero();
  }

  @Test
  void aVoidMapperMethodDiscardsTheCountOfAGuardedStatement() throws IOException {
    orderDesk("  void cancel(long id, int version);\n  int close(long id, int version);",
        "    orders.cancel(id, 1);\n    orders.close(id, 1);");
    String guarded = "UPDATE orders SET status = #{s}, version = version + 1 WHERE id = #{id} AND version = #{version}";
    mapper("shop.OrderMapper", """
          <update id="cancel">%s</update>
          <update id="close">%s</update>
        """.formatted(guarded, guarded));

    Report report = scan();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("rowcount-ignored");
      assertThat(f.location().startLine()).isEqualTo(4);
    });
  }

  @Test
  void aVersionCheckInsideAnIfIsNoGuardAndTheMessageSaysSo() throws IOException {
    orderDesk("  int changeStatus(long id, String status, Integer version);",
        "    orders.changeStatus(id, note, null);");
    mapper("shop.OrderMapper", """
          <update id="changeStatus">
            UPDATE orders SET status = #{status}, version = version + 1 WHERE id = #{id}
            <if test="version != null">AND version = #{version}</if>
          </update>
        """);

    Finding finding = scan().findings().get(0);

    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.message())
        .endsWith("version check inside <if test=\"version != null\"> can be skipped at run time");
    assertThat(finding.confidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void aChooseIsJudgedOnItsFirstBranchAndTheFindingSaysSoWithLowerConfidence() throws IOException {
    orderDesk("  int close(long id, String reason);", "    orders.close(id, note);");
    mapper("shop.OrderMapper", """
          <update id="close">
            UPDATE orders SET
            <choose>
              <when test="reason != null">note = #{reason}, status = 'CLOSED'</when>
              <otherwise>status = 'CLOSED'</otherwise>
            </choose>
            WHERE id = #{id}
          </update>
        """);

    Finding finding = scan().findings().get(0);

    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.message()).contains("(sets note, status)")
        .endsWith("judged on the first branch of the <choose> at line 6");
    assertThat(finding.confidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void adjacentIfsThatCannotAllBeWrittenAreJudgedAsAlternativesAndTheFindingSaysSo() throws IOException {
    orderDesk("  int close(long id, String reason);", "    orders.close(id, note);");
    mapper("shop.OrderMapper", """
          <update id="close">
            UPDATE orders
            <if test="reason != null">SET note = #{reason}, status = 'CLOSED' WHERE id = #{id}</if>
            <if test="reason == null">SET status = 'CLOSED' WHERE id = #{id}</if>
          </update>
        """);

    Report report = scan();

    assertThat(report.errors()).isEmpty();
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.message()).contains("(sets note, status)")
        .endsWith("adjacent <if> elements read as alternatives (writing them all gives SQL that cannot run),"
            + " judged on the first one at line 6");
    assertThat(finding.confidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void aStatementThatIsOneTextSubstitutionIsCountedAsUnresolvedNotGuessed() throws IOException {
    versionedOrders();
    mapper("shop.ScriptMapper", """
          <update id="run">${sql}</update>
        """);

    Report report = scan();

    assertThat(report.summary().statementsUnresolved()).isEqualTo(1);
    assertThat(report.errors()).isEmpty();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void aStatementInAnotherScriptingLanguageIsCountedAsUnresolvedNotAParseError() throws IOException {
    versionedOrders();
    mapper("shop.VelocityMapper", """
          <update id="massUpdate" lang="velocity">
            UPDATE orders SET note = @{note}
            #ifnotnull($_parameter) WHERE id IN #repeat($_parameter.ids $item "," "(" ")") @{item} #end #end
          </update>
          <update id="touch" lang="xml">UPDATE orders SET note = #{note} WHERE id = #{id}</update>
        """);

    Report report = scan();

    assertThat(report.errors()).isEmpty();
    assertThat(report.summary().statementsUnresolved()).isEqualTo(1);
    assertThat(report.findings()).extracting(f -> f.location().startLine()).containsExactly(8);
  }

  @Test
  void aTableChosenAtRunTimeIsUnresolvedNotATableNamedAfterThePlaceholder() throws IOException {
    versionedOrders();
    mapper("shop.LegacyMapper", """
          <update id="touch">UPDATE ${tableName} SET note = #{note}, status = #{status} WHERE id = #{id}</update>
        """);

    Report report = scan();

    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).extracting(TableSummary::name).doesNotContain("p_tablename");
    assertThat(report.summary().statementsUnresolved()).isEqualTo(1);
  }

  @Test
  void aMapperWhoseMethodsComeFromAGenericBaseOutsideTheProjectRunsItsStatementOfThatId() throws IOException {
    orderDesk("", "    orders.update(new Order(id, note));");
    write("src/main/java/shop/OrderMapper.java", """
        package shop;

        import org.jeecgframework.p3.core.utils.persistence.GenericDao;

        public interface OrderMapper extends GenericDao<Order> {
        }
        """);
    write("src/main/java/shop/Order.java", "package shop;\n\nrecord Order(long id, String note) {}\n");
    mapper("shop.OrderMapper", """

          <update id="update">
            UPDATE orders SET note = #{note} WHERE id = #{id}
          </update>
        """);

    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("update-without-version-check");
      assertThat(f.entryPoints()).singleElement().satisfies(chain -> assertThat(chain.labels())
          .startsWith("POST /orders/{id}/note", "OrderController.note"));
    });
  }

  @Test
  void aStatementWithNoInterfaceIsJudgedWithoutAPath() throws IOException {
    versionedOrders();
    mapper("shop.LegacyMapper", """
          <delete id="remove">DELETE FROM orders WHERE id = #{id}</delete>
        """);

    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("delete-without-version-check");
      assertThat(f.entryPoints()).isEmpty();
    });
  }

  @Test
  void generatedStatementsAreFindingsOnlyWhereProjectCodeCallsThem() throws IOException {
    orderDesk("  int updateByPrimaryKeySelective(Order row);\n  int updateByPrimaryKey(Order row);\n"
            + "  int deleteByPrimaryKey(Long id);",
        "    orders.updateByPrimaryKeySelective(null);");
    mapper("shop.OrderMapper", """
          <update id="updateByPrimaryKeySelective">
            update orders <set><if test="note != null">note = #{note},</if></set> where id = #{id}
          </update>
          <update id="updateByPrimaryKey">update orders set note = #{note}, status = #{status} where id = #{id}</update>
          <delete id="deleteByPrimaryKey">delete from orders where id = #{id}</delete>
        """);

    Report report = scan();

    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.location().startLine()).isEqualTo(4));
    assertThat(report.summary().statementsSetAside()).isEqualTo(2);
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders"))
        .singleElement().extracting(TableSummary::writeSites).isEqualTo(4);
  }

  @Test
  void anIncludeAcrossMappersSuppliesTheVersionCheck() throws IOException {
    orderDesk("  int save(Order order);", "    if (orders.save(null) == 0) { throw new IllegalStateException(); }");
    mapper("shop.Common", """
          <sql id="byIdAndVersion">WHERE id = #{id} AND version = #{version}</sql>
        """);
    mapper("shop.OrderMapper", """
          <update id="save">
            UPDATE orders SET note = #{note}, version = version + 1 <include refid="shop.Common.byIdAndVersion"/>
          </update>
        """);

    Report report = scan();

    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders"))
        .singleElement().extracting(TableSummary::guardedWriteSites).isEqualTo(2);
  }

  @Test
  void sqlThatDoesNotParseIsAnErrorAtTheStatementAndTheScanGoesOn() throws IOException {
    versionedOrders();
    mapper("shop.OrderMapper", """
          <update id="broken">UPDATE orders SET WHERE</update>
          <delete id="remove">DELETE FROM orders WHERE id = #{id}</delete>
        """);

    Report report = scan();

    assertThat(report.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_SQL);
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.message()).startsWith("SQL of MyBatis <update id=\"broken\">: ");
    });
    assertThat(report.summary().statementsUnparsed()).isEqualTo(1);
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("delete-without-version-check");
  }

  @Test
  void anExternalEntityIsNeverReadIntoTheReport() throws IOException {
    write("secrets/token.txt", "TOPSECRET-4f1c9");
    write("db/migration/V1__orders.sql", SCHEMA);
    write("src/main/resources/EvilMapper.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE mapper [ <!ENTITY leak SYSTEM "%s"> ]>
        <mapper namespace="shop.EvilMapper">
          <update id="leak">UPDATE orders SET note = '&leak;' WHERE id = #{id}</update>
        </mapper>
        """.formatted(project.resolve("secrets/token.txt").toUri()));

    Report report = scan();

    assertThat(json(report)).doesNotContain("TOPSECRET");
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders"))
        .singleElement().extracting(TableSummary::writeSites).isEqualTo(1);
  }

  @Test
  void aBillionLaughsMapperIsADiagnosticAndTheOtherFilesAreStillAnalysed() throws IOException {
    versionedOrders();
    write("queries/orders.sql", "UPDATE orders SET note = ? WHERE id = ?;\n");
    StringBuilder entities = new StringBuilder("<!ENTITY a0 \"ha\">");
    for (int i = 1; i <= 12; i++) {
      entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    write("src/main/resources/LaughMapper.xml", "<!DOCTYPE mapper [" + entities + "]>\n"
        + "<mapper namespace=\"x\"><update id=\"u\">UPDATE orders SET note = '&a12;' WHERE id = 1</update></mapper>\n");

    Report report = scan();

    assertThat(report.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_XML);
      assertThat(e.path()).isEqualTo("src/main/resources/LaughMapper.xml");
    });
    assertThat(report.findings()).extracting(f -> f.location().path()).containsExactly("queries/orders.sql");
  }

  @Test
  void otherXmlIsNeverADiagnosticEvenWhenBinaryOrNotUtf8() throws IOException {
    write("pom.xml", "<project><name>caf\u00e9</name></project>\n");
    Files.write(project.resolve("pom.xml"), Files.readString(project.resolve("pom.xml"))
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.write(project.resolve("data.xml"), new byte[] {'<', 'a', '>', 0, 0, '<', '/', 'a', '>'});

    Report report = scan();

    assertThat(report.errors()).isEmpty();
    assertThat(report.summary().filesSkipped()).isZero();
  }
}
