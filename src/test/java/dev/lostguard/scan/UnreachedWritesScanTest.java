package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written data-access interface methods that no project code calls are set aside, not reported. */
class UnreachedWritesScanTest {

  private static final String DAO = """
      package shop;

      import org.jdbi.v3.sqlobject.statement.SqlUpdate;

      interface OrderDao {
        @SqlUpdate("UPDATE orders SET note = :note WHERE id = :id")
        void changeNote(long id, String note);

        @SqlUpdate("UPDATE orders SET status = :status WHERE id = :id")
        void changeStatus(long id, String status);
      }
      """;

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  /** Table orders, versioned, and a save that checks its version. */
  private void versionedOrders() throws IOException {
    write("db/migration/V1__orders.sql",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, status TEXT, version INT NOT NULL);\n");
    TempProject.guardedSave(project, "orders", "note");
  }

  private void ordersWithDao(String callerBody) throws IOException {
    versionedOrders();
    write("src/main/java/shop/OrderDao.java", DAO);
    write("src/main/java/shop/OrderService.java", """
        package shop;

        import java.util.List;

        class OrderService {
          OrderDao orders;
        %s
        }
        """.formatted(callerBody));
  }

  private static String findingLines(Report report) {
    return String.join(",", report.findings().stream()
        .map(f -> f.location().path() + ":" + f.location().startLine() + " " + f.ruleId()).toList());
  }

  @Test
  void aMethodNoCodeCallsIsSetAsideAndCountedButStaysInTheInventory() throws IOException {
    ordersWithDao("  void note(long id, String note) { orders.changeNote(id, note); }");

    Report report = TempProject.scan(project);

    assertThat(findingLines(report)).isEqualTo("src/main/java/shop/OrderDao.java:6 update-without-version-check");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
    assertThat(report.tables()).filteredOn(t -> t.name().equals("orders")).singleElement()
        .satisfies(t -> assertThat(t.writeSites()).isEqualTo(3));
  }

  @Test
  void aMethodReferenceOrACallOnAnyReceiverKeepsTheMethodJudged() throws IOException {
    ordersWithDao("""
          void note(List<Long> ids) { ids.forEach(id -> orders.changeNote(id, "")); }
          void status(List<Long> ids, java.util.function.BiConsumer<Long, String> sink) {
            sink = unknown()::changeStatus;
          }
        """);

    assertThat(TempProject.scan(project).findings()).extracting(f -> f.location().startLine())
        .containsExactly(6, 9);
  }

  @Test
  void kotlinApplicationSourcesCallWhatTheyNameAndKotlinTestsDoNot() throws IOException {
    ordersWithDao("");
    write("src/test/kotlin/shop/OrderDaoTest.kt", "class OrderDaoTest { fun t(d: OrderDao) = d.changeNote(1, \"\") }\n");
    assertThat(TempProject.scan(project).findings()).isEmpty();

    write("src/main/kotlin/shop/Notes.kt", "class Notes(val d: OrderDao) { fun n() = d.changeNote(1, \"\") }\n");
    Report report = TempProject.scan(project);
    assertThat(findingLines(report)).isEqualTo("src/main/java/shop/OrderDao.java:6 update-without-version-check");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }

  @Test
  void aClassMethodImplementingAProjectInterfaceIsSetAsideWhenNothingCallsItsName() throws IOException {
    versionedOrders();
    write("src/main/java/shop/OrderStore.java", """
        package shop;

        interface OrderStore {
          void changeNote(long id, String note);
          void changeStatus(long id, String status);
        }
        """);
    write("src/main/java/shop/JdbcOrderStore.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        class JdbcOrderStore implements OrderStore {
          JdbcTemplate jdbc;
          @Override
          public void changeNote(long id, String note) {
            jdbc.update("UPDATE orders SET note = ? WHERE id = ?", note, id);
          }
          @Override
          public void changeStatus(long id, String status) {
            jdbc.update("UPDATE orders SET status = ? WHERE id = ?", status, id);
          }
        }
        """);
    write("src/main/java/shop/Notes.java", """
        package shop;

        class Notes {
          OrderStore store;
          void note(long id) { store.changeNote(id, ""); }
        }
        """);

    Report report = TempProject.scan(project);

    assertThat(findingLines(report)).isEqualTo("src/main/java/shop/JdbcOrderStore.java:9 update-without-version-check");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }

  @Test
  void aMethodCalledOnlyByAServiceMethodOfTheSameNameThatNothingCallsIsSetAsideWithIt() throws IOException {
    ordersWithDao("""
          void note(long id, String note) { orders.changeNote(id, note); }
        """);
    write("src/main/java/shop/StatusService.java", """
        package shop;

        interface StatusService {
          void changeStatus(long id, String status);
        }
        """);
    write("src/main/java/shop/StatusServiceImpl.java", """
        package shop;

        class StatusServiceImpl implements StatusService {
          OrderDao orders;
          @Override
          public void changeStatus(long id, String status) { orders.changeStatus(id, status); }
        }
        """);

    Report unused = TempProject.scan(project);

    assertThat(findingLines(unused)).isEqualTo("src/main/java/shop/OrderDao.java:6 update-without-version-check");
    assertThat(unused.summary().statementsSetAside()).isEqualTo(1);

    write("src/main/java/shop/StatusController.java", """
        package shop;

        class StatusController {
          StatusService statuses;
          void close(long id) { statuses.changeStatus(id, "CLOSED"); }
        }
        """);

    assertThat(TempProject.scan(project).summary().statementsSetAside()).isZero();
  }

  @Test
  void anAnnotatedImplementationOrOneOfALibraryInterfaceStaysJudged() throws IOException {
    versionedOrders();
    write("src/main/java/shop/Sweeps.java", """
        package shop;

        interface Sweeps extends org.quartz.Job {
          void sweep();
        }
        """);
    write("src/main/java/shop/Timers.java", """
        package shop;

        interface Timers {
          void expire();
        }
        """);
    write("src/main/java/shop/OrderSweeps.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.scheduling.annotation.Scheduled;

        class OrderSweeps implements Sweeps, Timers {
          JdbcTemplate jdbc;
          public void sweep() {
            jdbc.update("UPDATE orders SET note = ? WHERE id = ?", "", 1);
          }
          @Scheduled(fixedDelay = 1000)
          public void expire() {
            jdbc.update("UPDATE orders SET status = ? WHERE id = ?", "x", 1);
          }
          public void execute(Object context) {}
        }
        """);

    assertThat(TempProject.scan(project).summary().statementsSetAside()).isZero();
  }

  @Test
  void aClassMethodNoCodeCallsIsStillJudged() throws IOException {
    write("db/migration/V1__orders.sql",
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT, version INT NOT NULL);\n");
    TempProject.guardedSave(project, "orders", "note");
    write("src/main/java/shop/OrderJdbc.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        class OrderJdbc {
          JdbcTemplate jdbc;
          void changeNote(long id, String note) {
            jdbc.update("UPDATE orders SET note = ? WHERE id = ?", note, id);
          }
        }
        """);

    assertThat(findingLines(TempProject.scan(project)))
        .isEqualTo("src/main/java/shop/OrderJdbc.java:8 update-without-version-check");
  }

  @Test
  void anSqlObjectImplementedByHandRunsItsImplementationUnlessTheProjectAttachesSqlObjects() throws IOException {
    ordersWithDao("  void note(long id, String note) { orders.changeNote(id, note); }");
    write("src/main/java/shop/OrderDaoImpl.java", """
        package shop;

        import org.jdbi.v3.core.Jdbi;

        class OrderDaoImpl implements OrderDao {
          Jdbi jdbi;
          public void changeNote(long id, String note) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE orders SET note = :note WHERE id = :id")
                .bind("id", id).bind("note", note).execute());
          }
          public void changeStatus(long id, String status) {}
        }
        """);

    Report handWritten = TempProject.scan(project);

    assertThat(findingLines(handWritten)).isEqualTo("src/main/java/shop/OrderDaoImpl.java:8 update-without-version-check");
    assertThat(handWritten.summary().statementsSetAside()).isEqualTo(2);

    write("src/main/java/shop/Config.java", """
        package shop;

        import org.jdbi.v3.core.Jdbi;

        class Config {
          OrderDao orders(Jdbi jdbi) { return jdbi.onDemand(OrderDao.class); }
        }
        """);

    assertThat(findingLines(TempProject.scan(project))).isEqualTo(
        "src/main/java/shop/OrderDao.java:6 update-without-version-check,"
            + "src/main/java/shop/OrderDaoImpl.java:8 update-without-version-check");
  }

  @Test
  void aGeneratedAnnotatedMapperMethodIsSetAsideUnlessACallReachesItThroughItsMapper() throws IOException {
    write("db/migration/V1__tables.sql", """
        CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT);
        CREATE TABLE invoices (id BIGINT PRIMARY KEY, note TEXT);
        """);
    for (String table : List.of("Order", "Invoice")) {
      write("src/main/java/shop/" + table + "Mapper.java", """
          package shop;

          import org.apache.ibatis.annotations.Update;

          public interface %sMapper {
            @Update({"update %ss set note = #{note}", "where id = #{id}"})
            int updateByPrimaryKey(%s record);
          }
          """.formatted(table, table.toLowerCase(java.util.Locale.ROOT), table));
    }
    write("src/main/java/shop/InvoiceService.java", """
        package shop;

        class InvoiceService {
          InvoiceMapper invoices;
          void note(Invoice invoice) { invoices.updateByPrimaryKey(invoice); }
        }
        """);

    Report report = TempProject.scan(project);

    assertThat(findingLines(report)).isEqualTo("src/main/java/shop/InvoiceMapper.java:6 unversioned-table-update");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }
}
