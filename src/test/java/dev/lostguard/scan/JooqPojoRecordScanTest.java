package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jOOQ record made from the POJO a request sends, written back by its key. */
class JooqPojoRecordScanTest {

  @TempDir Path project;

  @Test
  void aRecordMadeFromAPojoWritesEveryColumnOfItsTableAndItsStoreInserts() throws IOException {
    TempProject.write(project, "src/main/resources/schema.sql",
        "CREATE TABLE customer (id INT PRIMARY KEY, firstname VARCHAR(50), lastname VARCHAR(50));\n");
    TempProject.write(project, "src/main/java/shop/CustomerController.java", """
        package shop;

        import org.jooq.DSLContext;
        import org.springframework.web.bind.annotation.*;
        import static shop.jooq.Tables.CUSTOMER;

        @RestController
        class CustomerController {
          DSLContext dsl;

          @PutMapping("/customers/{id}")
          void update(@PathVariable int id, @RequestBody Customer customer) {
            var record = dsl.newRecord(CUSTOMER, customer);
            record.update();
          }

          @PostMapping("/customers")
          void create(@RequestBody Customer customer) {
            var record = dsl.newRecord(CUSTOMER, customer);
            record.store();
          }

          @PutMapping("/customers/{id}/again")
          void updateAgain(@PathVariable int id, @RequestBody Customer customer) {
            dsl.newRecord(CUSTOMER, customer).update();
          }
        }
        """);
    TempProject.write(project, "src/main/java/shop/Customer.java",
        "package shop;\n\nrecord Customer(int id, String firstname, String lastname) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine() + " " + f.message().substring(0, f.message().indexOf(')') + 1))
        .containsExactly("14 UPDATE customer (sets firstname, lastname)", "25 UPDATE customer (sets firstname, lastname)");
  }
}
