package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that frameworks generate, judged in whole scans: project-wide settings, entities and types. */
class FrameworkScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  private static final String ORDERS_DDL = "CREATE TABLE orders (id BIGINT PRIMARY KEY, status TEXT, version INT);\n";

  private void jooqRecordStore() throws IOException {
    write("db/migration/V1__orders.sql", ORDERS_DDL);
    write("src/main/java/shop/OrderService.java", """
        package shop;

        import static shop.db.Tables.ORDERS;

        import org.jooq.DSLContext;
        import shop.db.tables.records.OrdersRecord;

        class OrderService {
          private final DSLContext dsl;
          OrderService(DSLContext dsl) { this.dsl = dsl; }

          void ship(long id) {
            OrdersRecord order = dsl.fetchOne(ORDERS, ORDERS.ID.eq(id));
            order.setStatus("SHIPPED");
            order.store();
          }
        }
        """);
  }

  @Test
  void jooqRecordStoreIsUnguardedByDefault() throws IOException {
    jooqRecordStore();
    TempProject.guardedSave(project, "orders", "status");
    assertThat(scan().findings()).extracting(Finding::ruleId).containsExactly("update-without-version-check");
  }

  @Test
  void jooqRecordStoreIsGuardedWhenTheProjectSwitchesOnOptimisticLocking() throws IOException {
    jooqRecordStore();
    write("src/main/java/shop/JooqConfig.java", """
        package shop;

        import org.jooq.conf.Settings;

        class JooqConfig {
          Settings settings() {
            return new Settings().withExecuteWithOptimisticLocking(true);
          }
        }
        """);
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).singleElement().satisfies(t -> assertThat(t.guardedWriteSites()).isEqualTo(1));
  }

  @Test
  void aKotlinConfigurationSwitchesJooqsOptimisticLockingOnTooButAKotlinTestDoesNot() throws IOException {
    jooqRecordStore();
    write("src/test/kotlin/shop/TestConfig.kt",
        "class TestConfig { fun settings() = Settings().withExecuteWithOptimisticLocking(true) }\n");
    assertThat(scan().tables()).singleElement().satisfies(t -> assertThat(t.guardedWriteSites()).isZero());

    write("src/main/kotlin/shop/JooqConfig.kt", """
        package shop

        import org.jooq.conf.Settings

        class JooqConfig {
            fun settings(): Settings = Settings()
                .withExecuteWithOptimisticLocking(true)
        }
        """);
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).singleElement().satisfies(t -> assertThat(t.guardedWriteSites()).isEqualTo(1));
  }

  private void mybatisPlusEdit() throws IOException {
    write("src/main/java/shop/Order.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableName;
        import com.baomidou.mybatisplus.annotation.Version;

        @TableName("orders")
        class Order {
          Long id;
          String status;
          @Version Integer version;
          void setStatus(String status) { this.status = status; }
        }
        """);
    write("src/main/java/shop/OrderMapper.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;

        interface OrderMapper extends BaseMapper<Order> {}
        """);
    write("src/main/java/shop/OrderService.java", """
        package shop;

        class OrderService {
          private final OrderMapper orders;
          OrderService(OrderMapper orders) { this.orders = orders; }

          void setStatus(Order order, String status) {
            order.setStatus(status);
            if (orders.updateById(order) == 0) {
              throw new IllegalStateException("changed by someone else");
            }
          }
        }
        """);
  }

  @Test
  void anActiveRecordEntityUpdatesItsOwnRowAndAnotherClassesUpdateByIdIsNoWrite() throws IOException {
    write("db/schema.sql", """
        CREATE TABLE blog (id BIGINT PRIMARY KEY, title VARCHAR(100), content TEXT, clicks INT);
        CREATE TABLE note (id BIGINT PRIMARY KEY, body TEXT);
        """);
    write("src/main/java/shop/Blog.java", """
        package shop;

        import com.baomidou.mybatisplus.extension.activerecord.Model;

        class Blog extends Base<Blog> {
          Long id;
          String title;
          String content;
          Integer clicks;
          void setId(Long id) { this.id = id; }
          void setTitle(String title) { this.title = title; }
          void setContent(String content) { this.content = content; }
          boolean saveAll() { return super.updateById(); }
        }
        """);
    write("src/main/java/shop/Base.java", """
        package shop;

        import com.baomidou.mybatisplus.extension.activerecord.Model;

        @SuppressWarnings("rawtypes")
        class Base<T extends Model> extends Model {}
        """);
    write("src/main/java/shop/Note.java", """
        package shop;

        class Note {
          boolean updateById() { return true; }
        }
        """);
    write("src/main/java/shop/BlogService.java", """
        package shop;

        class BlogService {
          void edit(long id, String title, String content) {
            Blog blog = new Blog();
            blog.setId(id);
            blog.setTitle(title);
            blog.setContent(content);
            blog.updateById();
          }

          void touch(Note note) {
            note.updateById();
          }
        }
        """);

    Report report = scan();

    assertThat(report.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine() + " " + f.message())
        .containsExactlyInAnyOrder(
            "src/main/java/shop/Blog.java:13 UPDATE blog (sets title, content, clicks) overwrites the row unconditionally,"
                + " and table blog has no version column: when two writers save the same record, the later save silently"
                + " discards the earlier one",
            "src/main/java/shop/BlogService.java:9 UPDATE blog (sets title, content) overwrites the row unconditionally,"
                + " and table blog has no version column: when two writers save the same record, the later save silently"
                + " discards the earlier one");
    assertThat(report.tables()).filteredOn(t -> t.name().equals("note")).singleElement()
        .satisfies(t -> assertThat(t.writeSites()).isZero());
  }

  @Test
  void theEntitysIdentifierPinsOneRowWhateverWiderKeyTheDdlDeclares() throws IOException {
    write("db/schema.sql",
        "CREATE TABLE t_blog (uid VARCHAR(32), oid INT, title VARCHAR(100), content TEXT, PRIMARY KEY (uid, oid));\n");
    write("src/main/java/shop/Blog.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableId;
        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("t_blog")
        class Blog {
          @TableId("uid") String uid;
          Integer oid;
          String title;
          String content;
        }
        """);
    write("src/main/java/shop/BlogMapper.java", """
        package shop;

        interface BlogMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Blog> {}
        """);
    write("src/main/java/shop/BlogService.java", """
        package shop;

        class BlogService {
          BlogMapper blogs;
          void edit(Blog form) { blogs.updateById(form); }
        }
        """);

    assertThat(scan().findings()).extracting(Finding::ruleId).containsExactly("unversioned-table-update");
  }

  private void jooqDaoUpdate(String receiverType, String receiverImport) throws IOException {
    write("db/migration/V1__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY, status TEXT, note TEXT);\n");
    write("src/main/java/shop/OrderService.java", """
        package shop;

        %s
        import shop.db.tables.pojos.Orders;

        class OrderService {
          private final %s orders;
          OrderService(%s orders) { this.orders = orders; }

          void edit(Orders order) {
            orders.update(order);
          }
        }
        """.formatted(receiverImport, receiverType, receiverType));
  }

  @Test
  void aGeneratedJooqDaoUpdatesEveryColumnTheTableDeclaresById() throws IOException {
    jooqDaoUpdate("OrdersDao", "import shop.db.tables.daos.OrdersDao;");

    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.message()).startsWith("UPDATE orders (sets status, note) overwrites the row unconditionally");
    });
  }

  @Test
  void aProjectRepositoryExtendingAGeneratedJooqDaoWritesItsTable() throws IOException {
    jooqDaoUpdate("OrderRepository", "");
    write("src/main/java/shop/OrderRepository.java", """
        package shop;

        class OrderRepository extends shop.db.tables.daos.OrdersDao {}
        """);

    assertThat(scan().findings()).extracting(Finding::message)
        .singleElement().asString().startsWith("UPDATE orders (sets status, note)");
  }

  @Test
  void anUpdateOnARepositoryThatIsNoJooqDaoIsNoJooqWrite() throws IOException {
    jooqDaoUpdate("OrderRepository", "");
    write("src/main/java/shop/OrderRepository.java", """
        package shop;

        import shop.db.tables.pojos.Orders;

        class OrderRepository { void update(Orders order) {} }
        """);

    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statementsUnresolved()).isZero();
  }

  @Test
  void aTableNameGivenByConstantsOfTheEntityOrAnotherClassNamesTheTable() throws IOException {
    write("db/schema.sql", """
        CREATE TABLE cc_vote_subject (subject_id BIGINT PRIMARY KEY, title VARCHAR(100), body TEXT);
        CREATE TABLE cc_vote_item (item_id BIGINT PRIMARY KEY, title VARCHAR(100), body TEXT);
        """);
    write("src/main/java/shop/Tables.java", """
        package shop;

        public interface Tables {
          String PREFIX = "cc_" + Tables.MODULE;
          String MODULE = "vote";
        }
        """);
    write("src/main/java/shop/VoteSubject.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableId;
        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName(value = VoteSubject.TABLE_NAME)
        class VoteSubject {
          public static final String TABLE_NAME = "cc_vote_subject";
          @TableId("subject_id") Long subjectId;
          String title;
          String body;
        }
        """);
    write("src/main/java/shop/VoteItem.java", """
        package shop;

        import static shop.Tables.PREFIX;

        import com.baomidou.mybatisplus.annotation.TableId;
        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName(PREFIX + "_item")
        class VoteItem {
          @TableId("item_id") Long itemId;
          String title;
          String body;
        }
        """);
    write("src/main/java/shop/VoteMappers.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;

        interface VoteSubjectMapper extends BaseMapper<VoteSubject> {}
        interface VoteItemMapper extends BaseMapper<VoteItem> {}
        """);
    write("src/main/java/shop/VoteService.java", """
        package shop;

        class VoteService {
          VoteSubjectMapper subjects;
          VoteItemMapper items;
          void editSubject(VoteSubject form) { subjects.updateById(form); }
          void editItem(VoteItem form) { items.updateById(form); }
        }
        """);

    assertThat(scan().findings()).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).startsWith("UPDATE cc_vote_subject (sets title, body)").contains("has no version column"),
        m -> assertThat(m).startsWith("UPDATE cc_vote_item (sets title, body)").contains("has no version column"));
  }

  private void underivedTableNames(String prefixedTable) throws IOException {
    write("db/schema.sql", "CREATE TABLE " + prefixedTable + " (id BIGINT PRIMARY KEY, title VARCHAR(100), content TEXT);\n");
    write("src/main/java/shop/Article.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableId;

        class Article {
          @TableId Long id;
          String title;
          String content;
        }
        """);
    write("src/main/java/shop/ArticleMapper.java", """
        package shop;

        interface ArticleMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Article> {}
        """);
    write("src/main/java/shop/ArticleService.java", """
        package shop;

        class ArticleService {
          ArticleMapper articles;
          void edit(Article form) { articles.updateById(form); }
        }
        """);
  }

  @Test
  void theTablePrefixTheSpringConfigurationSetsNamesMybatisPlusTables() throws IOException {
    underivedTableNames("la_article");
    write("server/admin/src/main/resources/application.yml", """
        server:
          port: 8080
        mybatis-plus:
          global-config:
            db-config:
              table-prefix: la_
        """);
    write("server/front/src/main/resources/application-dev.properties",
        "mybatisPlus.globalConfig.dbConfig.tablePrefix=la_\n");

    Report report = scan();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("UPDATE la_article (sets title, content)").contains("has no version column");
      assertThat(f.confidence()).isEqualTo(dev.lostguard.model.Confidence.MEDIUM);
    });
  }

  @Test
  void theTablePrefixAlsoNamesTheTableOfAClassNoAnnotationMaps() throws IOException {
    underivedTableNames("la_article");
    write("src/main/java/shop/Article.java", "package shop;\n\nclass Article { Long id; String title; String content; }\n");
    write("src/main/resources/application.yml", "mybatis-plus.global-config.db-config.table-prefix: la_\n");

    assertThat(scan().findings()).singleElement().satisfies(
        f -> assertThat(f.message()).startsWith("UPDATE la_article (sets title, content)").contains("has no version column"));
  }

  @Test
  void configurationsThatDisagreeOnTheTablePrefixLeaveTheNamesUnprefixed() throws IOException {
    underivedTableNames("article");
    write("a/src/main/resources/application.yml", "mybatis-plus.global-config.db-config.table-prefix: la_\n");
    write("b/src/main/resources/application.yml", "mybatis-plus.global-config.db-config.table-prefix: t_\n");

    assertThat(scan().findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("UPDATE article (sets title, content)"));
  }

  @Test
  void mybatisPlusUpdateByIdWithoutTheInterceptorIgnoresTheVersion() throws IOException {
    mybatisPlusEdit();
    Report report = scan();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("update-without-version-check");
    assertThat(report.findings().get(0).message()).contains("UPDATE orders (sets status)");
  }

  private void registerTheInterceptor() throws IOException {
    write("src/main/java/shop/MybatisConfig.java", """
        package shop;

        class MybatisConfig {
          Object interceptor() {
            Object plugins = new MybatisPlusInterceptor();
            ((MybatisPlusInterceptor) plugins).addInnerInterceptor(new OptimisticLockerInnerInterceptor());
            return plugins;
          }
        }
        """);
  }

  @Test
  void mybatisPlusUpdateByIdIsGuardedOnceTheInterceptorIsRegistered() throws IOException {
    mybatisPlusEdit();
    registerTheInterceptor();
    assertThat(scan().findings()).isEmpty();
  }

  @Test
  void anEntityMadeHereWithNoVersionSetIsUpdatedWithoutTheInterceptorsCheck() throws IOException {
    mybatisPlusEdit();
    registerTheInterceptor();
    write("src/main/java/shop/OrderDesk.java", """
        package shop;

        class OrderDesk {
          private final OrderMapper orders;
          OrderDesk(OrderMapper orders) { this.orders = orders; }

          void relabel(long id, String status) {
            Order order = new Order();
            order.setStatus(status);
            if (orders.updateById(order) == 0) {
              throw new IllegalStateException("gone");
            }
          }
        }
        """);
    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("update-without-version-check");
      assertThat(f.location().path()).endsWith("OrderDesk.java");
    });
  }

  @Test
  void anEntityCopiedFromAFormWithoutTheVersionFieldIsUpdatedWithoutTheInterceptorsCheck() throws IOException {
    mybatisPlusEdit();
    registerTheInterceptor();
    write("src/main/java/shop/StatusForm.java", """
        package shop;

        class StatusForm {
          Long id;
          String status;
        }
        """);
    write("src/main/java/shop/VersionedStatusVO.java", """
        package shop;

        class VersionedStatusVO extends StatusForm {
          Integer version;
        }
        """);
    write("src/main/java/shop/OrderDesk.java", """
        package shop;

        import cn.hutool.core.bean.BeanUtil;
        import org.springframework.beans.BeanUtils;

        class OrderDesk {
          private final OrderMapper orders;
          OrderDesk(OrderMapper orders) { this.orders = orders; }

          void copied(StatusForm form) {
            Order order = BeanUtil.copyProperties(form, Order.class);
            check(orders.updateById(order));
          }
          void copiedInline(StatusForm form) {
            check(orders.updateById(BeanUtil.copyProperties(form, Order.class)));
          }
          void converted(StatusForm form) {
            Order order = OrderConvert.INSTANCE.convert(form);
            check(orders.updateById(order));
          }
          void copiedOntoNew(StatusForm form) {
            Order order = new Order();
            BeanUtils.copyProperties(form, order);
            check(orders.updateById(order));
          }
          void versioned(VersionedStatusVO form) {
            check(orders.updateById(BeanUtil.copyProperties(form, Order.class)));
          }
          void versionedOntoNew(VersionedStatusVO form) {
            Order order = new Order();
            BeanUtils.copyProperties(form, order);
            check(orders.updateById(order));
          }
          private void check(int rows) {
            if (rows == 0) {
              throw new IllegalStateException("changed by someone else");
            }
          }
        }
        """);
    List<Finding> findings = scan().findings();
    assertThat(findings).extracting(Finding::ruleId).containsOnly("update-without-version-check");
    assertThat(findings).extracting(f -> f.location().startLine())
        .as("the four copies of StatusForm, which has no version; VersionedStatusVO inherits nothing it lacks")
        .containsExactly(12, 15, 19, 24);
  }

  @Test
  void aWriteInAGenericBasesOwnMethodNamesNoTableAfterItsTypeVariable() throws IOException {
    write("src/main/java/shop/IdDao.java", """
        package shop;

        import com.baomidou.mybatisplus.extension.service.IService;
        import java.util.List;

        interface IdDao<E> extends IService<E> {
          default boolean update(List<E> entities) {
            return updateBatchById(entities);
          }
          default boolean drop(List<String> ids) {
            return lambdaUpdate().in(E::getId, ids).remove();
          }
        }
        """);
    Report report = scan();
    assertThat(report.tables()).isEmpty();
    assertThat(report.summary().statementsUnresolved()).as("the entity is the subtype's, unknown here").isEqualTo(2);
  }

  @Test
  void aGenericBaseServicesTkMapperNamesNoTableAfterItsTypeVariable() throws IOException {
    write("src/main/java/shop/ProjectMapper.java", """
        package shop;

        interface ProjectMapper<T, E> extends tk.mybatis.mapper.common.BaseMapper<T> {}
        """);
    write("src/main/java/shop/BaseServiceImpl.java", """
        package shop;

        abstract class BaseServiceImpl<T, E> {
          abstract ProjectMapper<T, E> getMapper();
          int update(T record) {
            return getMapper().updateByPrimaryKey(record);
          }
          int delete(T t) {
            return getMapper().delete(t);
          }
        }
        """);
    Report report = scan();
    assertThat(report.tables()).isEmpty();
  }

  @Test
  void sameNamedMethodsOfOtherProjectTypesAreNeitherWritesNorUnresolved() throws IOException {
    write("src/main/java/shop/Ledger.java", """
        package shop;

        interface Ledger {
          int updateById(Object entry);
        }
        """);
    write("src/main/java/shop/Books.java", """
        package shop;

        class Books {
          Ledger ledger;
          void post(Object entry) {
            ledger.updateById(entry);
          }
        }
        """);
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statementsUnresolved()).isZero();
  }

  @Test
  void providerThatBuildsItsTextAtRunTimeIsCountedUnresolved() throws IOException {
    write("src/main/java/shop/OrderMapper.java", """
        package shop;

        import org.apache.ibatis.annotations.UpdateProvider;

        interface OrderMapper {
          @UpdateProvider(type = OrderSql.class, method = "touch")
          void touch(long id);
        }
        """);
    write("src/main/java/shop/OrderSql.java", """
        package shop;

        class OrderSql {
          String touch(String table) {
            return new StringBuilder("UPDATE ").append(table).append(" SET note = ''").toString();
          }
        }
        """);
    assertThat(scan().summary().statementsUnresolved()).isEqualTo(1);
  }

  @Test
  void classpathLocatedJdbiSqlIsJudgedAtTheAnnotationOnceAndAMissingFileIsUnresolved() throws IOException {
    write("db/migration/V1__orders.sql", ORDERS_DDL);
    write("src/main/resources/shop/OrderDao/setStatus.sql", "UPDATE orders SET status = :status WHERE id = :id\n");
    TempProject.guardedSave(project, "orders", "status");
    write("src/main/java/shop/OrderDao.java", """
        package shop;

        import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
        import org.jdbi.v3.sqlobject.statement.SqlUpdate;

        @UseClasspathSqlLocator
        interface OrderDao {
          @SqlUpdate
          void setStatus(long id, String status);

          @SqlUpdate("missing")
          void other(long id);
        }
        """);
    write("src/main/java/shop/OrderService.java", """
        package shop;

        class OrderService {
          OrderDao orders;
          void ship(long id) { orders.setStatus(id, "SHIPPED"); }
        }
        """);
    Report report = scan();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.location().path()).isEqualTo("src/main/java/shop/OrderDao.java");
      assertThat(f.location().startLine()).isEqualTo(8);
      assertThat(f.relatedLocations()).anySatisfy(
          r -> assertThat(r.path()).isEqualTo("src/main/resources/shop/OrderDao/setStatus.sql"));
    });
    assertThat(report.summary().statementsUnresolved()).isEqualTo(1);
    assertThat(report.tables()).singleElement().satisfies(t -> assertThat(t.writeSites()).isEqualTo(2));
  }

  @Test
  void aVersionedMybatisPlusEntityBesideAMethodlessRequestMappingCrashesNoRule() throws IOException {
    mybatisPlusEdit();
    write("src/main/java/shop/OrderController.java", """
        package shop;

        import org.springframework.web.bind.annotation.RequestMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class OrderController {
          private final OrderService service;
          OrderController(OrderService service) { this.service = service; }

          @RequestMapping("/orders/status")
          void status(Order order, String status) {
            service.setStatus(order, status);
          }
        }
        """);
    assertThat(scan().errors()).isEmpty();
  }

  @Test
  void aFormCopiedOntoANewEntityWritesTheFormsFieldsOnly() throws IOException {
    write("db/migration/V1__express.sql",
        "CREATE TABLE express (id BIGINT PRIMARY KEY, name VARCHAR(4000), code VARCHAR(4000), is_show TINYINT);\n");
    write("src/main/java/shop/ExpressMapper.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;

        interface ExpressMapper extends BaseMapper<Express> {}
        """);
    write("src/main/java/shop/Express.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("express")
        class Express {
          Long id;
          String name;
          String code;
          Integer isShow;
        }
        """);
    write("src/main/java/shop/ShowForm.java", """
        package shop;

        class ShowForm {
          Long id;
          Integer isShow;
          String requestedBy;
        }
        """);
    write("src/main/java/shop/EditForm.java", """
        package shop;

        class EditForm {
          Long id;
          String name;
          String code;
        }
        """);
    write("src/main/java/shop/Expresses.java", """
        package shop;

        import org.springframework.beans.BeanUtils;

        class Expresses {
          ExpressMapper mapper;
          int show(ShowForm form) {
            Express express = new Express();
            BeanUtils.copyProperties(form, express);
            return mapper.updateById(express);
          }
          int edit(EditForm form) {
            Express express = new Express();
            BeanUtils.copyProperties(form, express);
            return mapper.updateById(express);
          }
        }
        """);
    Report report = scan();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.message()).contains("UPDATE express (sets name, code)");
    });
  }

  @Test
  void entityOfAGenericProjectBaseMapperAndItsTableIdColumnAreFollowed() throws IOException {
    write("db/migration/V1__users.sql", "CREATE TABLE sys_user (user_id BIGINT PRIMARY KEY, nick_name VARCHAR(4000));\n");
    write("src/main/java/shop/BaseMapperPlus.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;

        interface BaseMapperPlus<T, V> extends BaseMapper<T> {}
        """);
    write("src/main/java/shop/SysUserMapper.java", """
        package shop;

        interface SysUserMapper extends BaseMapperPlus<SysUser, SysUserView> {}
        """);
    write("src/main/java/shop/SysUser.java", """
        package shop;

        import com.baomidou.mybatisplus.annotation.TableId;
        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("sys_user")
        class SysUser {
          @TableId Long userId;
          String nickName;
          void setUserId(Long id) { userId = id; }
          void setNickName(String name) { nickName = name; }
        }
        """);
    write("src/main/java/shop/Profiles.java", """
        package shop;

        class Profiles {
          SysUserMapper users;
          int rename(long id, String name) {
            SysUser user = new SysUser();
            user.setUserId(id);
            user.setNickName(name);
            return users.updateById(user);
          }
        }
        """);
    Report report = scan();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.message()).contains("UPDATE sys_user (sets nick_name)");
    });
  }

  @Test
  void aServiceBaseThatPassesItsTypeParametersOnInOrderGivesTheEntityAtItsIndex() throws IOException {
    mybatisPlusEdit();
    write("src/main/java/shop/SuperServiceImpl.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;
        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class SuperServiceImpl<M extends BaseMapper<T>, T> extends ServiceImpl<M, T> {}
        """);
    write("src/main/java/shop/OrderAdminService.java", """
        package shop;

        class OrderAdminService extends SuperServiceImpl<OrderMapper, Order> {
          void close(Order order, String reason) {
            order.setStatus(reason);
            if (!updateById(order)) {
              throw new IllegalStateException("changed by someone else");
            }
          }
        }
        """);

    assertThat(scan().findings()).filteredOn(f -> f.location().path().endsWith("OrderAdminService.java"))
        .singleElement().satisfies(f -> assertThat(f.table()).isEqualTo("orders"));
  }

  @Test
  void aServiceMethodDeclaredForTheArgumentsTypeRunsInsteadOfTheFrameworksUnlessItHandsOnToSuper() throws IOException {
    mybatisPlusEdit();
    write("src/main/java/shop/OrderDao.java", """
        package shop;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class OrderDao extends ServiceImpl<OrderMapper, Order> {
          void updateById(Setting setting) {}
          public boolean saveOrUpdate(Order order) {
            audit(order);
            return super.saveOrUpdate(order);
          }
          void audit(Order order) {}
        }
        """);
    write("src/main/java/shop/SettingService.java", """
        package shop;

        class SettingService {
          OrderDao dao;
          void save(Setting setting, Order order, String status) {
            dao.updateById(setting);
            order.setStatus(status);
            dao.saveOrUpdate(order);
            dao.updateById(order);
          }
        }
        """);
    write("src/main/java/shop/Setting.java", "package shop;\n\nclass Setting {}\n");

    List<Finding> findings = scan().findings();
    assertThat(findings).filteredOn(f -> f.location().path().endsWith("SettingService.java"))
        .extracting(f -> f.location().startLine())
        .as("the framework's saveOrUpdate (through super) and updateById of the service's own entity")
        .containsExactly(8, 9);
    assertThat(findings).filteredOn(f -> f.location().path().endsWith("OrderDao.java"))
        .as("the override's super call is the write its callers make, not a second one").isEmpty();
  }

  @Test
  void theSpringModulesServiceImplOfNewerMybatisPlusWritesItsEntityToo() throws IOException {
    mybatisPlusEdit();
    write("src/main/java/shop/OrderManager.java", """
        package shop;

        import com.baomidou.mybatisplus.spring.service.impl.ServiceImpl;

        class OrderManager extends ServiceImpl<OrderMapper, Order> {}
        """);
    write("src/main/java/shop/OrderDesk.java", """
        package shop;

        class OrderDesk {
          OrderManager manager;
          void edit(Order order) { manager.updateById(order); }
        }
        """);

    assertThat(scan().findings()).filteredOn(f -> f.location().path().endsWith("OrderDesk.java"))
        .singleElement().satisfies(f -> assertThat(f.table()).isEqualTo("orders"));
  }

  @Test
  void aMybatisPlusEntityNoAnnotationMapsWritesItsFieldsToTheSnakeCaseOfItsName() throws IOException {
    write("db/schema.sql", "CREATE TABLE sys_role (id BIGINT PRIMARY KEY, role_name VARCHAR(50), remark TEXT);\n");
    write("src/main/java/shop/SysRole.java", """
        package shop;

        class SysRole {
          private Long id;
          private String roleName;
          private String remark;
        }
        """);
    write("src/main/java/shop/SysRoleMapper.java", """
        package shop;

        import com.baomidou.mybatisplus.core.mapper.BaseMapper;

        interface SysRoleMapper extends BaseMapper<SysRole> {}
        """);
    write("src/main/java/shop/SysRoleService.java", """
        package shop;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class SysRoleService extends ServiceImpl<SysRoleMapper, SysRole> {
          void edit(SysRole role) {
            this.updateById(role);
          }
        }
        """);

    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.table()).isEqualTo("sys_role");
      assertThat(f.message()).contains("sets role_name, remark");
    });
  }
}
