package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.VersionSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL found in Java, seen through whole scans: resolution, entities, anchors and bad input. */
class JavaScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  private static final String DAO_HEADER =
      """
      package shop;

      import org.springframework.jdbc.core.JdbcTemplate;

      class OrderDao {
        private final JdbcTemplate jdbc;
        OrderDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
      """;

  @Test
  void sqlInAConstantOfAnotherClassIsAnchoredAtTheCallWithTheConstantAsRelatedLocation() throws IOException {
    write("db/migration/V1__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, version INT);\n");
    TempProject.guardedSave(project, "orders", "note");
    write("src/main/java/shop/sql/OrderSql.java", """
        package shop.sql;

        public final class OrderSql {
          public static final String TABLE = "orders";
          public static final String UPDATE_NOTE = "UPDATE " + TABLE + " SET note = ? WHERE id = ?";
        }
        """);
    write("src/main/java/shop/OrderDao.java", DAO_HEADER.replace(
        "import org.springframework.jdbc.core.JdbcTemplate;",
        "import org.springframework.jdbc.core.JdbcTemplate;\nimport shop.sql.OrderSql;") + """
          void note(long id, String note) {
            jdbc.update(
                OrderSql.UPDATE_NOTE, note, id);
          }
        }
        """);
    Report report = scan();
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("update-without-version-check");
    assertThat(finding.location().path()).isEqualTo("src/main/java/shop/OrderDao.java");
    assertThat(finding.location().startLine()).isEqualTo(10);
    assertThat(finding.snippet()).isEqualTo("jdbc.update(");
    assertThat(finding.relatedLocations())
        .anySatisfy(r -> {
          assertThat(r.path()).isEqualTo("src/main/java/shop/sql/OrderSql.java");
          assertThat(r.startLine()).isEqualTo(5);
        });
  }

  @Test
  void sqlBuiltAtRunTimeIsCountedAsUnresolvedNotGuessed() throws IOException {
    write("src/main/java/shop/OrderDao.java", DAO_HEADER + """
          void note(String table, long id, String note) {
            jdbc.update("UPDATE " + table + " SET note = ? WHERE id = ?", note, id);
          }
        }
        """);
    Report report = scan();
    assertThat(report.summary().statementsUnresolved()).isEqualTo(1);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void jpqlMapsEntityAndPropertyNamesToTheTableAndColumns() throws IOException {
    write("src/main/java/shop/Customer.java", """
        package shop;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "customers")
        class Customer {
          @Id Long id;
          @Column(name = "display_name") String displayName;
          @Version Long revision;
        }
        """);
    write("src/main/java/shop/CustomerRepository.java", """
        package shop;

        import org.springframework.data.jpa.repository.*;

        interface CustomerRepository extends JpaRepository<Customer, Long> {
          @Modifying
          @Query("UPDATE Customer c SET c.displayName = :n, c.revision = c.revision + 1 WHERE c.id = :id AND c.revision = :v")
          int rename(long id, String n, long v);

          @Modifying
          @Query("update versioned Customer c set c.displayName = :n where c.id = :id")
          int renameBlindly(long id, String n);
        }
        """);
    write("src/main/java/shop/CustomerService.java", """
        package shop;

        class CustomerService {
          CustomerRepository customers;
          void rename(long id, String name, long version) { customers.rename(id, name, version); }
          void renameBlindly(long id, String name) { customers.renameBlindly(id, name); }
        }
        """);
    Report report = scan();
    assertThat(report.tables())
        .containsExactly(new TableSummary("customers", "revision", VersionSource.ENTITY, 2, 1));
    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().startLine())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("update-without-version-check", 11));
  }

  @Test
  void ddlAndEntityDisagreeingAboutTheVersionIsANoteInTheInventory() throws IOException {
    write("db/migration/V1__doc.sql", "CREATE TABLE doc (id BIGINT PRIMARY KEY, title TEXT, version INT);\n");
    write("src/main/java/shop/Doc.java", """
        package shop;

        import javax.persistence.*;

        @Entity
        class Doc {
          @Id Long id;
          String title;
          @Version Integer lockVersion;
        }
        """);
    TableSummary doc = scan().tables().get(0);
    assertThat(doc.versionSource()).isEqualTo(VersionSource.ENTITY);
    assertThat(doc.versionColumn()).isEqualTo("lock_version");
    assertThat(doc.notes()).anySatisfy(note -> assertThat(note).contains("lock_version"));
  }

  @Test
  void versionlessOptimisticLockingIsANoteInTheInventory() throws IOException {
    write("src/main/java/shop/Tag.java", """
        package shop;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import org.hibernate.annotations.OptimisticLockType;
        import org.hibernate.annotations.OptimisticLocking;

        @Entity
        @OptimisticLocking(type = OptimisticLockType.DIRTY)
        class Tag {
          @Id Long id;
          String label;
        }
        """);
    TableSummary tag = scan().tables().get(0);
    assertThat(tag.name()).isEqualTo("tag");
    assertThat(tag.notes()).singleElement().satisfies(note -> assertThat(note).contains("versionless"));
  }

  @Test
  void badJavaInputIsALocatedErrorAndTheRestIsAnalysed() throws IOException {
    write("db/migration/V1__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, version INT);\n");
    TempProject.guardedSave(project, "orders", "note");
    write("src/main/java/shop/OrderDao.java", DAO_HEADER + """
          void note(long id, String note) {
            jdbc.update("UPDATE orders SET note = ? WHERE id = ?", note, id);
          }
        }
        """);
    write("src/main/java/shop/Broken.java", "package shop;\n\nclass Broken {\n  void m() { int x = ; }\n}\n");
    Files.write(project.resolve("src/main/java/shop/Blob.java"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0, 1});
    StringBuilder nested = new StringBuilder("package shop;\nclass Deep {\n  String s = ");
    nested.append("(\"a\" + ".repeat(3000)).append("\"z\"").append(")".repeat(3000)).append(";\n}\n");
    write("src/main/java/shop/Deep.java", nested.toString());
    Path generated = project.resolve("src/main/java/shop/Generated.java");
    try (var out = Files.newBufferedWriter(generated, StandardCharsets.UTF_8)) {
      out.write("package shop;\nclass Generated {\n");
      for (int i = 0; i < 330_000; i++) {
        out.write("  static final String S" + i + " = \"x\";\n");
      }
      out.write("}\n");
    }

    Report report = scan();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("update-without-version-check");
    assertThat(report.errors())
        .extracting(ProcessingError::path, ProcessingError::kind)
        .contains(
            org.assertj.core.groups.Tuple.tuple("src/main/java/shop/Blob.java", ErrorKind.ENCODING),
            org.assertj.core.groups.Tuple.tuple("src/main/java/shop/Broken.java", ErrorKind.PARSE_JAVA),
            org.assertj.core.groups.Tuple.tuple("src/main/java/shop/Generated.java", ErrorKind.SIZE));
    assertThat(report.errors())
        .filteredOn(e -> e.path().endsWith("Broken.java"))
        .singleElement()
        .satisfies(e -> assertThat(e.line()).isEqualTo(4));
  }
}
