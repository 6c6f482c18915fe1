package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement bound to a method its mapper inherits from a generic base runs only for the calls that reach that mapper. */
class GenericBaseScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private void mapperFor(String entity, String table) throws IOException {
    write("src/main/java/shop/" + entity + "Mapper.java",
        "package shop;\n\ninterface " + entity + "Mapper extends BaseMapper<" + entity + "> {}\n");
    write("src/main/resources/" + entity + "Mapper.xml", """
        <mapper namespace="shop.%sMapper">
          <update id="save">UPDATE %s SET name = #{name}, note = #{note} WHERE id = #{id}</update>
        </mapper>
        """.formatted(entity, table));
  }

  private void shop(String callers) throws IOException {
    write("db/schema.sql", "CREATE TABLE users (id INT PRIMARY KEY, name TEXT, note TEXT);\n"
        + "CREATE TABLE orders (id INT PRIMARY KEY, name TEXT, note TEXT);\n");
    write("src/main/java/shop/BaseMapper.java", "package shop;\n\ninterface BaseMapper<T> { int save(T row); }\n");
    mapperFor("User", "users");
    mapperFor("Order", "orders");
    write("src/main/java/shop/BaseService.java", """
        package shop;

        abstract class BaseService<T> {
          private final BaseMapper<T> mapper;
          BaseService(BaseMapper<T> mapper) { this.mapper = mapper; }
          int update(T row) { return mapper.save(row); }
        }
        """);
    write("src/main/java/shop/UserService.java", """
        package shop;

        class UserService extends BaseService<User> {
          UserService(UserMapper users) { super(users); }
        }
        """);
    write("src/main/java/shop/OrderService.java", """
        package shop;

        class OrderService extends BaseService<Order> {
          OrderService(OrderMapper orders) { super(orders); }
        }
        """);
    write("src/main/java/shop/Desk.java", """
        package shop;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class Desk {
          UserService users;
          OrderService orders;
          OrderMapper orderMapper;
        %s
        }
        """.formatted(callers));
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  @Test
  void aCallOnOneSubclassOfTheGenericServiceRunsOnlyItsEntitysStatement() throws IOException {
    shop("  @PostMapping(\"/users/edit\") void edit(@RequestBody User user) { users.update(user); }");

    Report report = scan();

    assertThat(report.findings()).extracting(f -> f.location().path()).containsExactly("src/main/resources/UserMapper.xml");
    assertThat(report.findings().get(0).entryPoints().get(0).labels()).first().isEqualTo("POST /users/edit");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }

  @Test
  void aDirectCallOnOneMapperRunsNoOtherMappersStatement() throws IOException {
    shop("  @PostMapping(\"/orders/edit\") void edit(@RequestBody Order order) { orderMapper.save(order); }");

    assertThat(scan().findings()).extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("unversioned-table-update", "src/main/resources/OrderMapper.xml"));
  }

  @Test
  void aCallTheBaseCannotPlaceStillRunsEveryStatement() throws IOException {
    shop("  @PostMapping(\"/any\") void edit(@RequestBody Object row, BaseService raw) { raw.update(row); }");

    assertThat(scan().findings()).extracting(f -> f.location().path())
        .containsExactly("src/main/resources/OrderMapper.xml", "src/main/resources/UserMapper.xml");
  }

  @Test
  void theChainShownForAStatementRunsItForItsOwnMapper() throws IOException {
    shop("""
          @PostMapping("/users/edit") void editUser(@RequestBody User user) { users.update(user); }
          OrderFlow flow;
          @PostMapping("/orders/edit") void editOrder(@RequestBody Order order) { flow.apply(order); }
        """);
    write("src/main/java/shop/OrderFlow.java", """
        package shop;

        class OrderFlow {
          private final OrderService orders;
          OrderFlow(OrderService orders) { this.orders = orders; }
          void apply(Order order) { orders.update(order); }
        }
        """);

    Report report = scan();

    assertThat(report.findings()).extracting(f -> f.location().path() + " " + f.entryPoints().get(0).labels().get(0))
        .containsExactly("src/main/resources/OrderMapper.xml POST /orders/edit",
            "src/main/resources/UserMapper.xml POST /users/edit");
  }

  @Test
  void aMapperFileNamedForItsEntityRatherThanItsInterfaceStillPicksItsOwnChains() throws IOException {
    theChainShownForAStatementRunsItForItsOwnMapper();
    for (String entity : List.of("User", "Order")) {
      Files.move(project.resolve("src/main/resources/" + entity + "Mapper.xml"),
          project.resolve("src/main/resources/" + entity + "Base.xml"));
    }

    assertThat(scan().findings()).extracting(f -> f.location().path() + " " + f.entryPoints().get(0).labels().get(0))
        .containsExactly("src/main/resources/OrderBase.xml POST /orders/edit",
            "src/main/resources/UserBase.xml POST /users/edit");
  }

  @Test
  void aBaseThatAsksItsSubclassForTheMapperRunsEachStatementOnlyOnTheWaysThroughItsOwnService() throws IOException {
    write("db/schema.sql", "CREATE TABLE users (id INT PRIMARY KEY, name TEXT, note TEXT);\n"
        + "CREATE TABLE orders (id INT PRIMARY KEY, name TEXT, note TEXT);\n");
    write("src/main/java/shop/BaseMapper.java",
        "package shop;\n\ninterface BaseMapper<ENTRY, EXAMPLE> { int save(ENTRY row); }\n");
    for (String entity : List.of("User", "Order")) {
      write("src/main/java/shop/" + entity + "Mapper.java", "package shop;\n\ninterface " + entity
          + "Mapper extends BaseMapper<" + entity + ", " + entity + "Example> {}\n");
      write("src/main/resources/" + entity + "Mapper.xml", """
          <mapper namespace="shop.%sMapper">
            <update id="save">UPDATE %s SET name = #{name}, note = #{note} WHERE id = #{id}</update>
          </mapper>
          """.formatted(entity, entity.toLowerCase() + "s"));
      write("src/main/java/shop/" + entity + "Service.java", """
          package shop;

          class %1$sService extends GenericService<%1$s, %1$sExample> {
            %1$sMapper mapper;
            @Override BaseMapper<%1$s, %1$sExample> getMapper() { return mapper; }
            void reprice(long id) { %1$s row = new %1$s(); update(row); }
          }
          """.formatted(entity));
    }
    write("src/main/java/shop/GenericService.java", """
        package shop;

        abstract class GenericService<ENTRY, EXAMPLE> {
          abstract BaseMapper<ENTRY, EXAMPLE> getMapper();
          int update(ENTRY row) { return getMapper().save(row); }
        }
        """);
    write("src/main/java/shop/Desk.java", """
        package shop;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class Desk {
          UserService users;
          OrderService orders;
          @PostMapping("/desk/save") void save(@RequestBody User user) { users.update(user); orders.reprice(1L); }
        }
        """);

    Report report = scan();

    assertThat(report.summary().statementsSetAside()).isZero();
    assertThat(report.findings()).extracting(f -> f.location().path() + " " + f.entryPoints().get(0).labels())
        .containsExactly(
            "src/main/resources/OrderMapper.xml [POST /desk/save, Desk.save, OrderService.reprice,"
                + " GenericService.update, BaseMapper.save, MyBatis <update id=\"save\">]",
            "src/main/resources/UserMapper.xml [POST /desk/save, Desk.save, GenericService.update,"
                + " BaseMapper.save, MyBatis <update id=\"save\">]");
  }
}
