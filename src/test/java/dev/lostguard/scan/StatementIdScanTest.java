package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MyBatis statements run by string id through SqlSession, SqlSessionTemplate or SqlSessionDaoSupport. */
class StatementIdScanTest {

  @TempDir Path project;

  private static final String SCHEMA =
      "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, status TEXT, version INT NOT NULL);\n";
  private static final String GUARDED =
      "UPDATE orders SET status = #{status}, version = version + 1 WHERE id = #{id} AND version = #{version}";

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  /** A namespace-only mapper (no interface) in {@code src/main/resources/<file>}: statements from line 4. */
  private void mapper(String file, String namespace, String statements) throws IOException {
    write("src/main/resources/" + file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<mapper namespace=\"" + namespace + "\">\n\n" + statements + "</mapper>\n");
  }

  /** {@code OrderDao extends SqlSessionDaoSupport} with the given members (from line 8), and a controller. */
  private void dao(String members) throws IOException {
    write("db/migration/V1__orders.sql", SCHEMA);
    write("src/main/java/shop/OrderDao.java", """
        package shop;

        import org.mybatis.spring.support.SqlSessionDaoSupport;

        public class OrderDao extends SqlSessionDaoSupport {
          static final String NAMESPACE = "shop.Orders";

        %s
        }
        """.formatted(members));
    write("src/main/java/shop/OrderController.java", """
        package shop;

        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PutMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class OrderController {
          private final OrderDao orders;
          OrderController(OrderDao orders) { this.orders = orders; }

          @PutMapping("/orders/{id}")
          void edit(@PathVariable long id, Order order) { orders.edit(order); }
        }
        """);
  }

  @Test
  void aCallByFullIdIsTheWriteAtTheCallWithTheCallersChainAndTheStatementAsRelated() throws IOException {
    dao("  void edit(Order order) {\n    getSqlSession().update(\"shop.Orders.updateNote\", order);\n  }");
    mapper("Orders.xml", "shop.Orders", """
          <update id="updateNote">UPDATE orders SET note = #{note} WHERE id = #{id}</update>
          <update id="cancel">%s</update>
        """.formatted(GUARDED));

    Report report = TempProject.scan(project);

    Finding finding = report.findings().get(0);
    assertThat(report.findings()).hasSize(1);
    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.location().path()).isEqualTo("src/main/java/shop/OrderDao.java");
    assertThat(finding.location().startLine()).isEqualTo(9);
    assertThat(finding.entryPoints()).singleElement().satisfies(chain -> assertThat(chain.labels())
        .containsExactly("PUT /orders/{id}", "OrderController.edit", "OrderDao.edit",
            "SqlSession.update -> MyBatis <update id=\"updateNote\">"));
    assertThat(finding.relatedLocations()).extracting(RelatedLocation::path, RelatedLocation::startLine)
        .contains(org.assertj.core.groups.Tuple.tuple("src/main/resources/Orders.xml", 4));
    assertThat(report.summary().statementsUnresolved()).isZero();
  }

  @Test
  void aConstantNamespaceAndAShortIdBothReachTheirStatements() throws IOException {
    dao("""
          int edit(Order order) {
            return getSqlSession().update(NAMESPACE + ".cancel", order) + getSqlSession().delete("remove", order);
          }
        """);
    mapper("Orders.xml", "shop.Orders", """
          <update id="cancel">%s</update>
          <delete id="remove">DELETE FROM orders WHERE id = #{id}</delete>
        """.formatted(GUARDED));

    Report report = TempProject.scan(project);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("delete-without-version-check");
      assertThat(f.location().path()).isEqualTo("src/main/java/shop/OrderDao.java");
    });
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders")).singleElement()
        .satisfies(t -> {
          assertThat(t.writeSites()).isEqualTo(2);
          assertThat(t.guardedWriteSites()).isEqualTo(1);
        });
  }

  @Test
  void aBareSessionUpdateDiscardsTheCountOfAGuardedStatementLikeAVoidMapperMethod() throws IOException {
    dao("""
          void edit(Order order) {
            getSqlSession().update("shop.Orders.cancel", order);
          }

          void close(Order order) {
            if (getSqlSession().update("shop.Orders.cancel", order) == 0) {
              throw new IllegalStateException("stale");
            }
          }
        """);
    mapper("Orders.xml", "shop.Orders", "  <update id=\"cancel\">" + GUARDED + "</update>\n");

    Report report = TempProject.scan(project);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("rowcount-ignored");
      assertThat(f.location().startLine()).isEqualTo(9);
    });
  }

  @Test
  void aGeneratedStatementReachedByIdIsAFindingAndTheUnreachedOnesStaySetAside() throws IOException {
    dao("  void edit(Order order) {\n    getSqlSession().update(\"updateByPrimaryKeySelective\", order);\n  }");
    mapper("OrdersGenerated.xml", "shop.OrdersGenerated", """
          <update id="updateByPrimaryKeySelective">update orders set note = #{note} where id = #{id}</update>
          <update id="updateByPrimaryKey">update orders set note = #{note}, status = #{status} where id = #{id}</update>
          <delete id="deleteByPrimaryKey">delete from orders where id = #{id}</delete>
          <update id="cancel">%s</update>
        """.formatted(GUARDED));

    Report report = TempProject.scan(project);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("update-without-version-check");
      assertThat(f.location().path()).isEqualTo("src/main/java/shop/OrderDao.java");
    });
    assertThat(report.summary().statementsSetAside()).isEqualTo(2);
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders"))
        .singleElement().extracting(TableSummary::writeSites).isEqualTo(4);
  }

  @Test
  void idsThatCannotBeResolvedOrNameNoStatementAreCountedAsUnresolvedNeverGuessed() throws IOException {
    dao("""
          void edit(Order order) {
            getSqlSession().update(order.statement(), order);
            getSqlSession().update("shop.Orders.missing", order);
            getSqlSession().update("save", order);
            getSqlSession().update("Orders.save", order);
            Object found = getSqlSession().selectOne("shop.Orders.findById", order);
          }
        """);
    mapper("Orders.xml", "shop.Orders", """
          <select id="findById" resultType="map">SELECT * FROM orders WHERE id = #{id}</select>
          <update id="save">UPDATE orders SET note = #{note} WHERE id = #{id}</update>
          <update id="cancel">%s</update>
        """.formatted(GUARDED));
    mapper("Archive.xml", "shop.Archive", """
          <update id="save">UPDATE orders SET status = 'ARCHIVED' WHERE id = #{id}</update>
        """);

    Report report = TempProject.scan(project);

    assertThat(report.summary().statementsUnresolved()).isEqualTo(4);
    assertThat(report.errors()).isEmpty();
    assertThat(report.findings()).extracting(f -> f.location().path())
        .containsOnly("src/main/resources/Orders.xml", "src/main/resources/Archive.xml");
  }
}
