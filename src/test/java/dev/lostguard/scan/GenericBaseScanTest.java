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

  @Test
  void aMapperTheServiceTypeVariableStandsForRunsOnlyForTheServicesThatBindIt() throws IOException {
    write("db/schema.sql", "CREATE TABLE source (id INT PRIMARY KEY, name TEXT, config TEXT);\n"
        + "CREATE TABLE view (id INT PRIMARY KEY, name TEXT, script TEXT);\n"
        + "CREATE TABLE widget (id INT PRIMARY KEY, name TEXT, config TEXT);\n");
    write("src/main/java/bi/CRUDMapper.java",
        "package bi;\n\ninterface CRUDMapper { int updateByPrimaryKey(Object row); }\n");
    for (String[] mapper : List.of(new String[] {"Source", "source", "config"}, new String[] {"View", "view", "script"},
        new String[] {"Widget", "widget", "config"})) {
      write("src/main/java/bi/" + mapper[0] + "Mapper.java", """
          package bi;

          import org.apache.ibatis.annotations.Update;

          interface %sMapper extends CRUDMapper {
            @Update("UPDATE %s SET name = #{name}, %s = #{%s} WHERE id = #{id}")
            int updateByPrimaryKey(Object row);
          }
          """.formatted(mapper[0], mapper[1], mapper[2], mapper[2]));
    }
    write("src/main/java/bi/BaseCRUDService.java", """
        package bi;

        interface BaseCRUDService<E, M extends CRUDMapper> {
          M getDefaultMapper();
          default boolean update(E row) { return getDefaultMapper().updateByPrimaryKey(row) == 1; }
        }
        """);
    write("src/main/java/bi/VizCRUDService.java",
        "package bi;\n\ninterface VizCRUDService<E, M extends CRUDMapper> extends BaseCRUDService<E, M> {}\n");
    write("src/main/java/bi/SourceService.java",
        "package bi;\n\ninterface SourceService extends BaseCRUDService<Source, SourceMapper> {}\n");
    write("src/main/java/bi/ViewService.java",
        "package bi;\n\ninterface ViewService extends VizCRUDService<View, ViewMapper> {}\n");
    write("src/main/java/bi/Desk.java", """
        package bi;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class Desk {
          SourceService sources;
          ViewService views;
          @PutMapping("/sources/{id}") void editSource(@PathVariable int id, @RequestBody Source source) { sources.update(source); }
          @PutMapping("/views/{id}") void editView(@PathVariable int id, @RequestBody View view) { views.update(view); }
        }
        """);

    Report report = scan();

    assertThat(report.summary().statementsSetAside()).as("no service binds M to the widget mapper").isEqualTo(1);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.table() + " " + f.entryPoints().stream().map(c -> c.labels().get(0)).toList())
        .containsExactly("source [PUT /sources/{id}]", "view [PUT /views/{id}]");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("PUT /sources/{id} (Desk.editSource) updates stored data (writes source)"))
        .anySatisfy(m -> assertThat(m).startsWith("PUT /views/{id} (Desk.editView) updates stored data (writes view)"));
  }

  @Test
  void aCallOnOneMapperOfAPlainBaseInterfaceRunsNoOtherMappersStatement() throws IOException {
    write("db/schema.sql", "CREATE TABLE zones (id INT PRIMARY KEY, name TEXT, note TEXT);\n"
        + "CREATE TABLE serials (id INT PRIMARY KEY, name TEXT, note TEXT);\n");
    write("src/main/java/wms/BaseDao.java", "package wms;\n\ninterface BaseDao { int update(Object row); }\n");
    for (String[] dao : new String[][] {{"ZoneDao", "zones"}, {"SerialDao", "serials"}}) {
      write("src/main/java/wms/" + dao[0] + ".java", "package wms;\n\ninterface " + dao[0] + " extends BaseDao {}\n");
      write("src/main/resources/" + dao[0] + ".xml", """
          <mapper namespace="wms.%s">
            <update id="update">UPDATE %s SET name = #{name}, note = #{note} WHERE id = #{id}</update>
          </mapper>
          """.formatted(dao[0], dao[1]));
    }
    write("src/main/java/wms/ZoneController.java", """
        package wms;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class ZoneController {
          private ZoneDao zoneDao;
          @PostMapping("/zones/edit") void edit(@RequestBody Object zone) { zoneDao.update(zone); }
        }
        """);

    Report report = scan();
    assertThat(report.findings()).extracting(f -> f.location().path())
        .as("the call on ZoneDao runs ZoneDao's statement only")
        .containsExactly("src/main/resources/ZoneDao.xml");
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }

  @Test
  void aGenericBasesMapperGetterRunsOnlyMappersOfTheEntityTheCallingServiceBinds() throws IOException {
    // lenosp's shape: the service interfaces extend the mapper interface, so by type alone the base's
    // getMapper().save(row) could run any service's own save; the object decides.
    write("db/schema.sql", "CREATE TABLE job (id INT PRIMARY KEY, name TEXT, note TEXT);\n"
        + "CREATE TABLE role (id INT PRIMARY KEY, name TEXT, note TEXT);\n");
    write("src/main/java/shop/Mapper.java", "package shop;\n\ninterface Mapper<T, E> {}\n");
    write("src/main/java/shop/Service.java", "package shop;\n\ninterface Service<T, E> extends Mapper<T, E> {}\n");
    write("src/main/java/shop/ServiceImpl.java", """
        package shop;

        abstract class ServiceImpl<T, E> implements Service<T, E> {
          abstract Mapper<T, E> getMapper();
          public int save(T row) { return getMapper().save(row); }
        }
        """);
    write("src/main/java/shop/Job.java", "package shop;\n\nclass Job {}\n");
    write("src/main/java/shop/Role.java", "package shop;\n\nclass Role {}\n");
    write("src/main/java/shop/JobMapper.java", "package shop;\n\ninterface JobMapper extends Mapper<Job, String> { int save(Job row); }\n");
    write("src/main/java/shop/RoleMapper.java", "package shop;\n\ninterface RoleMapper extends Mapper<Role, String> { int save(Role row); }\n");
    write("src/main/resources/JobMapper.xml", """
        <mapper namespace="shop.JobMapper">
          <update id="save">UPDATE job SET name = #{name}, note = #{note} WHERE id = #{id}</update>
        </mapper>
        """);
    write("src/main/resources/RoleMapper.xml", """
        <mapper namespace="shop.RoleMapper">
          <update id="save">UPDATE role SET name = #{name}, note = #{note} WHERE id = #{id}</update>
        </mapper>
        """);
    write("src/main/java/shop/JobService.java", "package shop;\n\ninterface JobService extends Service<Job, String> {}\n");
    write("src/main/java/shop/RoleService.java", "package shop;\n\ninterface RoleService extends Service<Role, String> {}\n");
    write("src/main/java/shop/JobServiceImpl.java", """
        package shop;

        class JobServiceImpl extends ServiceImpl<Job, String> implements JobService {
          JobMapper jobs;
          Mapper<Job, String> getMapper() { return jobs; }
        }
        """);
    write("src/main/java/shop/RoleServiceImpl.java", """
        package shop;

        class RoleServiceImpl extends ServiceImpl<Role, String> implements RoleService {
          RoleMapper roles;
          Mapper<Role, String> getMapper() { return roles; }
          public int save(Role row) { return roles.save(row); }
        }
        """);
    write("src/main/java/shop/JobController.java", """
        package shop;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class JobController {
          JobService jobs;
          @PostMapping("/jobs/edit") void edit(@RequestBody Job job) { jobs.save(job); }
        }
        """);

    Report report = scan();

    assertThat(report.findings()).extracting(f -> f.location().path() + " " + f.entryPoints().get(0).labels().get(0))
        .containsExactly("src/main/resources/JobMapper.xml POST /jobs/edit");
  }
}

