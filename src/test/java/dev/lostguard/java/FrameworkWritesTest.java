package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.FileFacts;
import dev.lostguard.model.LockingSetting;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MappedWrite.Term;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import dev.lostguard.model.WriteKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jOOQ, MyBatis-Plus, MongoDB and MyBatis provider adapters, on inline sources. */
class FrameworkWritesTest {

  private static final String JOOQ = "import static com.acme.db.Tables.ORDERS;\nimport org.jooq.DSLContext;";

  private static String jooq(String body) {
    return Analyzed.dao(JOOQ, "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
        + "  Object run(long id, int v, String s) {\n" + body + "\n    return null;\n  }\n");
  }

  private static MappedWrite mapped(SqlCall call) {
    assertThat(call.sql()).isInstanceOf(SqlText.Mapped.class);
    return ((SqlText.Mapped) call.sql()).write();
  }

  @Test
  void jooqUpdateChainBecomesItsSqlWithVersionCheckBumpAndCountFromExecute() {
    SqlCall call = Analyzed.onlyCall(jooq("""
            dsl.update(ORDERS)
                .set(ORDERS.STATUS, s)
                .set(ORDERS.VERSION, ORDERS.VERSION.plus(1))
                .where(ORDERS.ID.eq(id).and(ORDERS.VERSION.eq(v)))
                .execute();"""));
    assertThat(Analyzed.text(call.sql()))
        .isEqualTo("UPDATE orders SET status = ?, version = version + 1 WHERE id = ? AND version = ?");
    assertThat(call.rowCount()).isEqualTo(RowCountUse.DISCARDED);
    assertThat(call.sink()).isEqualTo("DSLContext.update");
    assertThat(call.location().startLine()).isEqualTo(8);
  }

  @Test
  void jooqStatementBuiltInALocalTakesEveryLaterStepOnIt() {
    SqlCall call = Analyzed.onlyCall(jooq("""
            var step = dsl.update(ORDERS)
                .set(ORDERS.UPDATED_BY, operator);
            if (s != null) step = step.set(ORDERS.STATUS, s);
            if (n != null) step = step.set(ORDERS.NOTE, n);
            step.where(ORDERS.ID.eq(id)).and(ORDERS.DELETED.eq(0)).execute();"""));
    assertThat(Analyzed.text(call.sql()))
        .isEqualTo("UPDATE orders SET updated_by = ?, status = ?, note = ? WHERE id = ? AND deleted = ?");
  }

  @Test
  void jooqValueComputedFromTheColumnItselfInAPlainSqlTemplateIsAMerge() {
    SqlCall call = Analyzed.onlyCall(jooq("""
            dsl.update(ORDERS)
                .set(ORDERS.META, field(coalesce(ORDERS.META, field("?", JSONB.class, empty)) + " || ?::jsonb", JSONB.class, m))
                .set(ORDERS.NOTE, field("upper(?)", String.class, n))
                .where(ORDERS.ID.eq(id))
                .execute();"""));
    assertThat(Analyzed.text(call.sql())).isEqualTo("UPDATE orders SET meta = meta || ?, note = ? WHERE id = ?");
  }

  @Test
  void jooqWriteAfterASelectForUpdateOfItsTableInTheSameMethodIsALockedReadModifyWrite() {
    List<SqlCall> calls = Analyzed.calls(jooq("""
            dsl.update(ORDERS).set(ORDERS.STATUS, s).where(ORDERS.ID.eq(id)).execute();
            Record row = dsl.select(ORDERS.STATUS).from(ORDERS).where(ORDERS.ID.eq(id)).forUpdate().fetchOne();
            dsl.update(ORDERS).set(ORDERS.STATUS, s).where(ORDERS.ID.eq(id)).execute();"""));
    assertThat(calls).extracting(SqlCall::lockedReadTables).containsExactly(Set.of(), Set.of("orders"));
  }

  @Test
  void jooqExecuteUpdateOfARecordByItsIdWritesWhatItsSettersSetAndReturnsTheCount() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao(JOOQ + "\nimport com.acme.db.tables.records.OrdersRecord;",
        "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
            + "  int edit(long id, String note) {\n"
            + "    OrdersRecord row = new OrdersRecord();\n"
            + "    row.setNote(note);\n"
            + "    dsl.executeUpdate(row, ORDERS.ID.eq(id));\n"
            + "    return dsl.executeUpdate(row, ORDERS.NOTE.eq(\"x\"));\n"
            + "  }\n"));
    assertThat(calls).singleElement().satisfies(call -> {
      MappedWrite write = mapped(call);
      assertThat(write.table()).isEqualTo("orders");
      assertThat(write.set()).containsExactly(Term.parameter("note"));
      assertThat(write.byId()).isTrue();
      assertThat(write.frameworkChecksVersion()).isFalse();
      assertThat(call.sink()).isEqualTo("DSLContext.executeUpdate");
      assertThat(call.rowCount()).isEqualTo(RowCountUse.DISCARDED);
    });
  }

  @Test
  void jooqTableHeldInAFinalFieldIsTheTableTheFieldNames() {
    String dao = Analyzed.dao(JOOQ + "\nimport com.acme.db.tables.ScriptVersion;",
        "  private static final ScriptVersion TB = ScriptVersion.SCRIPT_VERSION;\n"
            + "  private static final ScriptVersion ALIAS = TB;\n"
            + "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
            + "  void run(long id, int s) {\n"
            + "    dsl.update(TB).set(TB.STATUS, s).where(TB.ID.eq(id)).execute();\n"
            + "    dsl.update(ALIAS).set(ALIAS.STATUS, s).where(ALIAS.ID.eq(id)).execute();\n"
            + "  }\n");

    assertThat(Analyzed.calls(dao)).extracting(call -> Analyzed.text(call.sql()))
        .containsExactly("UPDATE script_version SET status = ? WHERE id = ?",
            "UPDATE script_version SET status = ? WHERE id = ?");
  }

  @Test
  void jooqSetOfAMapBuiltInPlaceInTheMethodOrByAHelperOfTheClassSetsItsFields() {
    String dao = Analyzed.dao(JOOQ + "\nimport java.util.HashMap;\nimport java.util.Map;\nimport org.jooq.Field;",
        "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
            + "  void inPlace(long id, String s) {\n"
            + "    dsl.update(ORDERS).set(Map.of(ORDERS.STATUS, s, ORDERS.NOTE, s)).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n"
            + "  void filled(long id, String s) {\n"
            + "    Map<Field<?>, Object> values = new HashMap<>();\n"
            + "    values.put(ORDERS.STATUS, s);\n"
            + "    if (!values.isEmpty()) values.put(ORDERS.UPDATED_AT, DSL.currentTimestamp());\n"
            + "    dsl.update(ORDERS).set(values).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n"
            + "  void byHelper(Order order) {\n"
            + "    dsl.update(ORDERS).set(toRecord(order)).where(ORDERS.ID.eq(order.getId())).execute();\n"
            + "  }\n"
            + "  private Map<Field<?>, Object> toRecord(Order order) {\n"
            + "    return Map.ofEntries(Map.entry(ORDERS.STATUS, order.getStatus()), Map.entry(ORDERS.NOTE, order.getNote()));\n"
            + "  }\n");

    assertThat(Analyzed.calls(dao)).extracting(call -> Analyzed.text(call.sql())).containsExactly(
        "UPDATE orders SET status = ?, note = ? WHERE id = ?",
        "UPDATE orders SET status = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
        "UPDATE orders SET status = ?, note = ? WHERE id = ?");
  }

  @Test
  void jooqSetOfARecordOrOfAMapBuiltOutOfSightStaysUnresolved() {
    String dao = Analyzed.dao(JOOQ + "\nimport java.util.HashMap;\nimport java.util.Map;\nimport org.jooq.Field;",
        "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
            + "  void record(long id, OrdersRecord order) {\n"
            + "    dsl.update(ORDERS).set(order).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n"
            + "  void given(long id, Map<Field<?>, Object> values) {\n"
            + "    dsl.update(ORDERS).set(values).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n"
            + "  void merged(long id, Map<Field<?>, Object> more) {\n"
            + "    Map<Field<?>, Object> values = new HashMap<>();\n"
            + "    values.put(ORDERS.STATUS, 1);\n"
            + "    values.putAll(more);\n"
            + "    dsl.update(ORDERS).set(values).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n"
            + "  void elsewhere(long id, Order order) {\n"
            + "    dsl.update(ORDERS).set(mapper.toMap(order)).where(ORDERS.ID.eq(id)).execute();\n"
            + "  }\n");

    assertThat(Analyzed.calls(dao)).hasSize(4).allSatisfy(call -> assertThat(call.sql()).isInstanceOf(SqlText.Unknown.class));
  }

  @Test
  void jooqTableHeldInAFinalFieldBuiltByNameIsTheTableItNames() {
    String dao = Analyzed.dao(JOOQ + "\nimport org.jooq.Record;\nimport org.jooq.Table;",
        "  protected static final Table<Record> GRUPO_TABLE = DSL.table(\"categoria\");\n"
            + "  private final DSLContext dsl;\n  Dao(DSLContext dsl) { this.dsl = dsl; }\n"
            + "  void run(long id, String s) {\n"
            + "    dsl.update(GRUPO_TABLE).set(DSL.field(\"nombre\"), s).where(DSL.field(\"id\").eq(id)).execute();\n"
            + "  }\n");

    assertThat(Analyzed.calls(dao)).extracting(call -> Analyzed.text(call.sql()))
        .singleElement().asString().startsWith("UPDATE categoria SET");
  }

  @Test
  void jooqOrConditionAndDeleteAndUpsertAreRenderedAsTheirStatements() {
    List<SqlCall> calls = Analyzed.calls(jooq("""
            int n = dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(id).or(ORDERS.STATUS.eq(s))).execute();
            dsl.insertInto(ORDERS).set(ORDERS.ID, id).set(ORDERS.NOTE, s)
                .onDuplicateKeyUpdate().set(ORDERS.NOTE, s).execute();
            dsl.insertInto(ORDERS).set(ORDERS.ID, id).execute();
            if (n == 0) { throw new IllegalStateException(); }"""));
    assertThat(calls).extracting(c -> Analyzed.text(c.sql()))
        .containsExactly(
            "DELETE FROM orders WHERE (id = ? OR status = ?)",
            "INSERT INTO orders (id, note) VALUES (?, ?) ON DUPLICATE KEY UPDATE note = ?");
    assertThat(calls.get(0).rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void jooqCaseInsensitiveEqualityIsAnEqualityOfItsColumn() {
    List<SqlCall> calls = Analyzed.calls(jooq("""
            dsl.update(ORDERS).set(ORDERS.NOTE, s).where(ORDERS.HANDLE.equalIgnoreCase(s)).execute();
            dsl.deleteFrom(ORDERS).where(ORDERS.ID.eq(id)).and(ORDERS.HANDLE.notEqualIgnoreCase(s)).execute();"""));
    assertThat(calls).extracting(c -> Analyzed.text(c.sql()))
        .containsExactly("UPDATE orders SET note = ? WHERE handle = ?", "DELETE FROM orders WHERE id = ? AND handle <> ?");
  }

  @Test
  void jooqPlainSqlTemplateValueIsAnOpaqueParameterNotRawSql() {
    SqlCall call = Analyzed.onlyCall(jooq("""
            dsl.insertInto(ORDERS).set(ORDERS.ID, id)
                .onDuplicateKeyUpdate()
                .set(ORDERS.ID, org.jooq.impl.DSL.field("last_insert_id({0})", ORDERS.ID.getDataType(), ORDERS.ID))
                .set(ORDERS.NOTE, org.jooq.impl.DSL.field("note"))
                .execute();"""));
    assertThat(Analyzed.text(call.sql()))
        .as("the template's text is not pasted; it names the column it sets, so it is computed from it")
        .isEqualTo("INSERT INTO orders (id) VALUES (?) ON DUPLICATE KEY UPDATE id = id || ?, note = note");
  }

  @Test
  void jooqSetOfTheCurrentTimeIsTheTimeOfTheWriteNotAValueSent() {
    SqlCall call = Analyzed.onlyCall(jooq("""
            dsl.update(ORDERS).set(ORDERS.STATUS, s).set(ORDERS.NOTE, LocalDateTime.now())
                .where(ORDERS.ID.eq(id)).execute();"""));
    assertThat(Analyzed.text(call.sql())).isEqualTo("UPDATE orders SET status = ?, note = CURRENT_TIMESTAMP WHERE id = ?");
    SqlCall own = Analyzed.onlyCall(jooq("""
            dsl.update(ORDERS).set(ORDERS.NOTE, this.now()).set(ORDERS.STATUS, now(s))
                .where(ORDERS.ID.eq(id)).execute();"""));
    assertThat(Analyzed.text(own.sql()))
        .as("a clock of the class's own, this.now(); a now(..) handed a value is no clock")
        .isEqualTo("UPDATE orders SET note = CURRENT_TIMESTAMP, status = ? WHERE id = ?");
    SqlCall helper = Analyzed.onlyCall(jooq("""
            dsl.update(ORDERS).set(ORDERS.NOTE, DateUtil.getCurrentTime()).set(ORDERS.STATUS, DateUtils.date())
                .where(ORDERS.ID.eq(id)).execute();"""));
    assertThat(Analyzed.text(helper.sql()))
        .as("a date helper's clock")
        .isEqualTo("UPDATE orders SET note = CURRENT_TIMESTAMP, status = CURRENT_TIMESTAMP WHERE id = ?");
  }

  @Test
  void jooqChainOnAFieldInheritedFromASuperclassElsewhereIsAWriteInAFileThatImportsJooq() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao(JOOQ, """
          void rename(long id, String name) {
            dsl.update(ORDERS).set(ORDERS.NOTE, name).where(ORDERS.ID.eq(id)).execute();
          }
        """));
    assertThat(calls).extracting(c -> Analyzed.text(c.sql())).containsExactly("UPDATE orders SET note = ? WHERE id = ?");
    assertThat(Analyzed.calls(Analyzed.dao("import static com.acme.db.Tables.ORDERS;", """
          void rename(long id, String name) {
            dsl.update(ORDERS).set(ORDERS.NOTE, name).where(ORDERS.ID.eq(id)).execute();
          }
        """))).isEmpty();
  }

  @Test
  void jooqChainOnAnUntypedLambdaParameterIsAWriteInAFileThatImportsJooq() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao(JOOQ + "\nimport java.util.function.Function;", """
          <T> T inTransaction(Function<DSLContext, T> work) { return null; }
          int close(long id) {
            return inTransaction(context -> context.update(ORDERS).set(ORDERS.STATUS, "CLOSED")
                .where(ORDERS.ID.eq(id)).execute());
          }
          void detach(long id) {
            inTransaction(ctx -> ctx.update(ORDERS).setNull(ORDERS.NOTE).where(ORDERS.ID.eq(id)).execute());
          }
          void other(java.util.List<String> names) {
            names.forEach(n -> n.update(ORDERS));
          }
        """));
    assertThat(calls).extracting(c -> Analyzed.text(c.sql()))
        .containsExactly("UPDATE orders SET status = ? WHERE id = ?", "UPDATE orders SET note = NULL WHERE id = ?");
    assertThat(Analyzed.calls(Analyzed.dao("import java.util.function.Function;", """
          <T> T inTransaction(Function<Object, T> work) { return null; }
          Object close(long id) {
            return inTransaction(context -> context.update(ORDERS).set(ORDERS.STATUS, "CLOSED").execute());
          }
        """))).isEmpty();
  }

  @Test
  void jooqChainOnAnAccessorInheritedFromABaseRepositoryIsAWriteInAFileThatImportsJooq() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao(JOOQ, """
          int rename(long id, String s) {
            return dslContext().update(ORDERS).set(ORDERS.NOTE, s).where(ORDERS.ID.eq(id)).execute();
          }
          void close(long id) {
            this.dsl().deleteFrom(ORDERS).where(ORDERS.ID.eq(id)).execute();
          }
          void other(long id) {
            cache().update(ORDERS);
            registry(id).update(ORDERS).set(ORDERS.NOTE, "x").execute();
          }
        """));
    assertThat(calls).extracting(c -> Analyzed.text(c.sql()))
        .containsExactly("UPDATE orders SET note = ? WHERE id = ?", "DELETE FROM orders WHERE id = ?");
  }

  @Test
  void jooqMethodsOnOtherReceiversAreNoWrites() {
    assertThat(Analyzed.calls(Analyzed.dao("import java.util.Map;", """
          Map<String, String> cache;
          void run(String k) {
            cache.update(ORDERS);
            cache.delete();
          }
        """))).isEmpty();
  }

  @Test
  void jooqRecordStoreIsAMappedUpdateOfTheRecordTableWithWhatItsSettersSet() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao(JOOQ + "\nimport com.acme.db.tables.records.OrdersRecord;", """
          private final DSLContext dsl;
          Dao(DSLContext dsl) { this.dsl = dsl; }
          void ship(long id) {
            OrdersRecord order = dsl.fetchOne(ORDERS, ORDERS.ID.eq(id));
            order.setShippedAt(java.time.Instant.now());
            order.setStatus("SHIPPED");
            order.store();
            OrdersRecord fresh = dsl.newRecord(ORDERS);
            fresh.store();
            OrdersRecord found = dsl.fetchAny(ORDERS, ORDERS.ID.eq(id));
            if (found == null) {
              found = dsl.newRecord(ORDERS);
              found.setStatus("NEW");
              found.store();
            }
          }
        """));
    MappedWrite write = mapped(call);
    assertThat(write.framework()).isEqualTo(MappedWrite.Framework.JOOQ);
    assertThat(write.table()).isEqualTo("orders");
    assertThat(write.set()).extracting(Term::name).containsExactly("shippedAt", "status");
    assertThat(write.byId()).isTrue();
    assertThat(write.frameworkChecksVersion()).isTrue();
    assertThat(call.sink()).isEqualTo("UpdatableRecord.store");
  }

  @Test
  void mybatisPlusUpdateByIdKeepsTheReceiverTypeAndTheSettersCalledBeforeIt() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void rename(long id, String name) {
            Order order = new Order();
            order.setName(name);
            orders.updateById(order);
            order.setNote("after");
          }
        """));
    MappedWrite write = mapped(call);
    assertThat(write.receiver()).first().isEqualTo("com.acme.mapper.OrderMapper");
    assertThat(write.set()).extracting(Term::name).containsExactly("name");
    assertThat(write.byId()).isTrue();
    assertThat(write.frameworkChecksVersion())
        .as("an entity made here with no version set: MyBatis-Plus's version check is left out").isFalse();
    assertThat(call.rowCount()).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void mybatisPlusUpdateByIdOfAParameterWritesEveryColumnBesidesWhatTheMethodSets() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void edit(Order form) {
            form.setUpdateTime(new java.util.Date());
            orders.updateById(form);
          }
          void save(Order form) {
            orders.updateById(form);
          }
          void reset(long id, String password) {
            orders.update(new Order().setPassword(password).setNote(null), new UpdateWrapper<Order>().eq("id", id));
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.EVERY_COLUMN, new Term("updateTime", " = CURRENT_TIMESTAMP")),
            List.of(),
            List.of(Term.parameter("password"), new Term("note", " = NULL")));
  }

  @Test
  void mybatisPlusUpdateByIdOfAnEntityConvertedFromAFormWritesEveryColumnButALoadedOneOnlyWhatIsSet() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void edit(OrderForm form) {
            Order order = converter.toEntity(form);
            order.setNote(form.getNote());
            orders.updateById(order);
          }
          void touch(long id, String note) {
            Order order = orders.selectById(id);
            order.setNote(note);
            orders.updateById(order);
          }
          void save(OrderForm form) {
            Order order = form.toBean();
            order.setNote(form.getNote());
            orders.updateById(order);
          }
          void update(OrderVO menu, long id) {
            Order order = this.getParam(menu);
            order.setId(id);
            orders.updateById(order);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.EVERY_COLUMN, Term.parameter("note")),
            List.of(Term.parameter("note")),
            List.of(Term.EVERY_COLUMN, Term.parameter("note")),
            List.of(Term.EVERY_COLUMN, Term.parameter("id")));
  }

  @Test
  void aValueCopiedFromTheRowJustLoadedGoesBackUnchangedAndIsNoChange() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void rename(long id, String name) {
            Order stored = orders.selectById(id);
            orders.updateById(Order.builder().id(id).name(name).parentId(stored.getParentId()).build());
          }
          void renameAgain(long id, String name, Order other) {
            Order stored = orders.selectById(id);
            Order update = new Order();
            update.setId(id);
            update.setName(name);
            update.setParentId(stored.getParentId());
            update.setNote(other.getNote());
            orders.updateById(update);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.parameter("id"), Term.parameter("name")),
            List.of(Term.parameter("id"), Term.parameter("name"), Term.parameter("note")));
  }

  @Test
  void mybatisPlusUpdateByIdOfAnEntityFromABuilderWritesWhatTheBuilderSets() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void loggedIn(long id, String ip) {
            orders.updateById(Order.builder().id(id).lastIp(ip).lastLogin(LocalDateTime.now()).build());
          }
          void noted(long id, String note) {
            Order order = Order.builder().id(id).build();
            order.setNote(note);
            orders.updateById(order);
          }
          void copied(Order stored) {
            orders.updateById(stored.toBuilder().build());
          }
          void trash(long id) {
            orders.update(new Order() {{ setDeleted(Boolean.TRUE); }}, Wrappers.<Order>lambdaUpdate().eq(Order::getId, id));
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.parameter("id"), Term.parameter("lastIp"), new Term("lastLogin", " = CURRENT_TIMESTAMP")),
            List.of(Term.parameter("id"), Term.parameter("note")),
            List.of(),
            List.of(new Term("deleted", " = 'TRUE'")));
  }

  @Test
  void mybatisPlusBatchUpdateOfAListTheMethodFillsSetsWhatItsEntitiesSet() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          OrderService service;
          void resort(List<Long> ids) {
            List<Order> rows = new ArrayList<>();
            int n = 0;
            for (Long id : ids) {
              int pos = ++n;
              rows.add(new Order() {{ setId(id); setSort(pos); }});
            }
            service.updateBatchById(rows);
          }
          void move(List<Long> ids, long parent) {
            List<Order> rows = new ArrayList<>();
            for (Long id : ids) {
              Order row = new Order();
              row.setId(id);
              row.setParentId(parent);
              rows.add(row);
            }
            service.updateBatchById(rows);
          }
          void saveAll(List<Order> forms) {
            service.updateBatchById(forms);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.parameter("id"), Term.parameter("sort")),
            List.of(Term.parameter("id"), Term.parameter("parentId")),
            List.of());
  }

  @Test
  void mybatisPlusBatchUpdateOfRowsTheMethodLoadsSetsOnlyWhatItsSettersChange() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          OrderService service;
          void changeModule(long id, String module) {
            List<Order> rows = service.list(query(id)).stream()
                .peek(row -> row.setModule(module)).collect(Collectors.toList());
            service.updateBatchById(rows);
          }
          void regroup(long parent, long group) {
            List<Order> rows = service.listByParent(parent);
            rows.forEach(row -> row.setGroupId(group));
            for (Order row : rows) {
              row.setSort(0);
            }
            service.updateBatchById(rows);
          }
          void resave(long parent) {
            List<Order> rows = service.listByParent(parent);
            service.updateBatchById(rows);
          }
          void missed(long parent) {
            List<Order> rows = service.listByParent(parent);
            rows.stream().forEach(row -> row.setWrongTimes(row.getWrongTimes() + 1));
            service.updateBatchById(rows);
          }
          void moveFolder(long parent, String from, String to) {
            List<Order> rows = service.listByParent(parent);
            rows.forEach(row -> row.setPath(row.getPath().replaceFirst(from, to)));
            service.updateBatchById(rows);
          }
          void restore(List<Long> ids) {
            List<Order> rows = service.listByIds(ids).stream()
                .map(row -> Order.builder().id(row.getId()).deleted(false).build()).collect(Collectors.toList());
            service.updateBatchById(rows);
          }
          void assign(List<Long> items, long purchaseId) {
            List<Order> rows = items.stream().map(item -> {
              Order order = new Order();
              order.setId(item);
              order.setPurchaseId(purchaseId);
              order.setStatus(1);
              return order;
            }).collect(Collectors.toList());
            service.updateBatchById(rows);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.parameter("module")),
            List.of(Term.parameter("groupId"), new Term("sort", " = 0")),
            List.of(),
            List.of(new Term("wrongTimes", " = {self} + ?")),
            List.of(new Term("path", " = {self} + ?")),
            List.of(Term.parameter("id"), new Term("deleted", " = FALSE")),
            List.of(Term.parameter("id"), Term.parameter("purchaseId"), new Term("status", " = 1")));
  }

  @Test
  void aSwitchFlippedFromTheValueJustReadIsRelativeToItsRead() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          OrderService service;
          void top(long id) {
            Order row = service.getById(id);
            row.setTop(!row.getTop());
            service.updateById(row);
          }
          void pin(long id) {
            Order row = service.getById(id);
            row.setPinned(row.getPinned() == 1 ? 0 : 1);
            service.updateById(row);
          }
          void show(long id) {
            Order row = service.getById(id);
            row.setShown(row.isShown() ? false : true);
            service.updateById(row);
          }
          void choose(long id, boolean top) {
            Order row = service.getById(id);
            row.setTop(!top);
            service.updateById(row);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(new Term("top", " = {self} + ?")),
            List.of(new Term("pinned", " = {self} + ?")),
            List.of(new Term("shown", " = {self} + ?")),
            List.of(Term.parameter("top")));
  }

  @Test
  void mybatisPlusSettersWithValuesTheCodeFixesRenderAsLiterals() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao(
        "import com.acme.mapper.OrderMapper;\nimport static com.acme.Flags.ACTIVE;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void offline(long id) {
            Order order = orders.selectById(id);
            order.setState(ReleaseState.OFFLINE);
            order.setFlag(Flag.YES.ordinal());
            order.setActive(ACTIVE);
            order.setNote("it's done");
            order.setRank(-2L);
            order.setPaid(true);
            order.setOwner(owner);
            order.setCode(order.getCode().trim());
            order.setUpdateTime(LocalDateTime.now());
            order.setStartMillis(System.currentTimeMillis());
            order.setEndTime(new Timestamp(System.currentTimeMillis()));
            order.setDueDate(new Date(dueMillis));
            orders.updateById(order);
          }
          void touch(long id) {
            String at = DateUtil.getCurrentTime();
            Order order = orders.selectById(id);
            order.setUploadTime(at);
            orders.updateById(order);
          }
          void activate(long id) {
            orders.update(null, new UpdateWrapper<Order>().set("status", Status.ACTIVE.getCode()).set("note", note).eq("id", id));
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(new Term("state", " = 'OFFLINE'"), new Term("flag", " = 'YES'"), new Term("active", " = 'ACTIVE'"),
                new Term("note", " = 'it''s done'"), new Term("rank", " = -2"), new Term("paid", " = TRUE"),
                Term.parameter("owner"), Term.parameter("code"), new Term("updateTime", " = CURRENT_TIMESTAMP"),
                new Term("startMillis", " = CURRENT_TIMESTAMP"), new Term("endTime", " = CURRENT_TIMESTAMP"),
                Term.parameter("dueDate")),
            List.of(new Term("uploadTime", " = CURRENT_TIMESTAMP")),
            List.of(new Term("status", " = 'ACTIVE'"), Term.parameter("note")));
  }

  @Test
  void mybatisPlusUpdateByIdOfAnEntityBuiltByAConstructorWithArgumentsWritesEveryColumn() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("import com.acme.mapper.OrderMapper;", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          void edit(long id, String code, String note, java.util.Date created) {
            Order order = new Order(id, code, note);
            order.setCreateTime(created);
            orders.updateById(order);
          }
          void mark(long id) {
            Order order = new Order();
            order.setId(id);
            orders.updateById(order);
          }
        """));
    assertThat(calls).extracting(c -> mapped(c).set())
        .containsExactly(
            List.of(Term.EVERY_COLUMN, Term.parameter("createTime")),
            List.of(Term.parameter("id")));
  }

  @Test
  void mybatisPlusSaveOrUpdateIsAnUpdateByIdWhenTheRowExists() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("", """
          OrderService service;
          void run(long id) {
            Order order = service.getById(id);
            order.setNote(note);
            service.saveOrUpdate(order);
          }
        """));
    assertThat(mapped(call).byId()).isTrue();
    assertThat(mapped(call).set()).containsExactly(Term.parameter("note"));
  }

  @Test
  void mybatisPlusSaveOrUpdateOfAnEntityInTheBranchWhereItHasNoIdInsertsAndIsNoUpdate() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("", """
          OrderService service;
          void run(Order order, Order other, Order third) {
            if (order.getId() == null) {
              service.saveOrUpdate(order);
            }
            if (!NumUtil.nullOrZero(other.getId())) {
              refresh(other);
            } else {
              service.saveOrUpdate(other);
            }
            if (third.getId() != null) {
              service.saveOrUpdate(third);
            }
          }
        """));
    assertThat(calls).singleElement().satisfies(call -> assertThat(call.location().startLine()).isEqualTo(15));
  }

  @Test
  void mybatisPlusSaveOrUpdateInAMethodNamedForCreatingInsertsAndIsNoUpdate() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("", """
          OrderService service;
          void addOrder(Order order) {
            service.saveOrUpdate(order);
          }
          void editOrder(Order order) {
            service.saveOrUpdate(order);
          }
          void address(Order order) {
            service.saveOrUpdate(order);
          }
        """));
    assertThat(calls).extracting(call -> call.location().startLine()).containsExactly(9, 12);
  }

  @Test
  void mybatisPlusSaveOrUpdateOfEntitiesGivenNewIdsInsertsAndIsNoUpdate() {
    List<SqlCall> calls = Analyzed.calls(Analyzed.dao("", """
          OrderService service;
          void tags(List<Order> tags, Order order, Order other, List<Order> kept) {
            tags.stream().forEach(k -> {
              k.setId(SnowFlakeUtil.nextId());
              k.setTagId(k.getId().toString());
            });
            service.saveOrUpdateBatch(tags);
            order.setId(IdWorker.getId());
            service.saveOrUpdate(order);
            other.setId(other.getId());
            service.saveOrUpdate(other);
            kept.forEach(k -> k.setNote("kept"));
            service.saveOrUpdateBatch(kept);
          }
        """));
    assertThat(calls).extracting(call -> call.location().startLine()).containsExactly(14, 16);
  }

  @Test
  void mybatisPlusSetSqlBuiltByConcatenationReadsItsLiteralPartsWithTheRestAsParameters() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("", """
          UserMapper mapper;
          void run(long id, int n) {
            LambdaUpdateWrapper<User> wrapper = new LambdaUpdateWrapper<>();
            wrapper.eq(User::getId, id).setSql("invite_num = invite_num + " + n);
            mapper.update(null, wrapper);
          }
        """));
    assertThat(mapped(call).set()).containsExactly(new Term("invite_num", " = {self} + ?"));
  }

  @Test
  void mybatisPlusWrapperHandedToAnotherMethodBeforeTheWriteHasConditionsThisMethodDoesNotShow() {
    assertThat(Analyzed.calls(Analyzed.dao("", """
          UserMapper mapper;
          StateRules rules;
          void ship(long id, User update) {
            var wrapper = Wrappers.lambdaUpdate(User.class).eq(User::getId, id);
            rules.applyExpectedStatus(wrapper, 2);
            mapper.update(update, wrapper);
          }
        """))).isEmpty();
    assertThat(Analyzed.calls(Analyzed.dao("", """
          UserMapper mapper;
          void rename(long id, User update) {
            var wrapper = Wrappers.lambdaUpdate(User.class).eq(User::getId, id);
            mapper.update(update, wrapper);
          }
        """))).hasSize(1);
  }

  @Test
  void mybatisPlusWrapperSettingTheValueJustReadPlusAStepIsACounter() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("", """
          OrderService service;
          void run(long id, Order read, int n) {
            service.lambdaUpdate().set(Order::getHits, read.getHits() + 1).set(Order::getNote, read.getNote() + n)
                .set(Order::getStatus, read.getStatus() + read.getLabel()).eq(Order::getId, id).update();
          }
        """));
    assertThat(mapped(call).set()).containsExactly(new Term("hits", " = {self} + ?"),
        new Term("note", " = {self} + ?"), Term.parameter("status"));
  }

  @Test
  void mybatisPlusLambdaUpdateReadsTheEntitySetAndConditionsFromTheWrapper() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("", """
          OrderService service;
          boolean run(long id, String s, int v) {
            return service.lambdaUpdate().set(Order::getStatus, s).setSql("hits = hits + 1")
                .eq(Order::getId, id).eq("version", v).update();
          }
        """));
    MappedWrite write = mapped(call);
    assertThat(write.entity()).containsExactly("Order");
    assertThat(write.set()).containsExactly(Term.parameter("status"), new Term("hits", " = {self} + 1"));
    assertThat(write.where()).containsExactly(Term.parameter("id"), Term.parameter("version"));
    assertThat(write.frameworkChecksVersion()).isFalse();
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void mybatisPlusWrapperConditionsOnAValueTheCodeFixesAreLiterals() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("", """
          OrderService service;
          boolean run(long id) {
            return service.lambdaUpdate().set(Order::getState, Order.STATE_PAID)
                .eq(Order::getId, id).eq(Order::getState, Order.STATE_PAYING).ne(Order::getKind, "x").update();
          }
        """));
    assertThat(mapped(call).where()).containsExactly(
        Term.parameter("id"), new Term("state", " = 'STATE_PAYING'"), new Term("kind", " <> 'x'"));
  }

  @Test
  void mybatisPlusChainSettingAColumnNamedAtRunTimeIsNoWriteOfEveryColumn() {
    assertThat(Analyzed.calls(Analyzed.dao("", """
          OrderService service;
          void run(long id, String field, Object value) {
            service.update().set(toColumn(field), value).eq("id", id).update();
            service.update().set(value != null, toColumn(field), value).eq("id", id).update();
          }
        """))).isEmpty();
  }

  @Test
  void mybatisPlusUpdateWithoutAWrapperArgumentIsNoWrite() {
    assertThat(Analyzed.calls(Analyzed.dao("", """
          OrderService service;
          void run(Order order) {
            service.update(order);
            service.remove(order);
          }
        """))).isEmpty();
  }

  @Test
  void mongoUpdateFirstReadsCriteriaAndUpdateBuiltInLocals() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("""
        import org.springframework.data.mongodb.core.MongoTemplate;
        import org.springframework.data.mongodb.core.query.*;""", """
          private final MongoTemplate mongo;
          Dao(MongoTemplate mongo) { this.mongo = mongo; }
          void edit(String id, String text, long v) {
            Query query = new Query(Criteria.where("_id").is(id));
            query.addCriteria(Criteria.where("version").is(v));
            Update update = new Update().set("text", text);
            update.inc("version", 1);
            mongo.updateFirst(query, update, Review.class);
          }
        """));
    MappedWrite write = mapped(call);
    assertThat(write.framework()).isEqualTo(MappedWrite.Framework.MONGO);
    assertThat(write.entity()).first().isEqualTo("com.acme.Review");
    assertThat(write.where()).containsExactly(Term.parameter("id"), Term.parameter("version"));
    assertThat(write.set()).containsExactly(Term.parameter("text"), new Term("version", " = {self} + 1"));
    assertThat(write.kind()).isEqualTo(WriteKind.UPDATE);
  }

  @Test
  void mongoQueryPassedInFromElsewhereIsUnresolved() {
    SqlCall call = Analyzed.onlyCall(Analyzed.dao("""
        import org.springframework.data.mongodb.core.MongoTemplate;
        import org.springframework.data.mongodb.core.query.*;""", """
          MongoTemplate mongo;
          void edit(Query query, Update update) {
            mongo.updateMulti(query, update, "reviews");
          }
        """));
    assertThat(call.sql()).isInstanceOf(SqlText.Unknown.class);
  }

  @Test
  void providerMethodsBuildingSqlBecomeConstantsAndMapperMethodsReferToThem() {
    FileFacts facts = Analyzed.facts("""
        package com.acme;

        import org.apache.ibatis.annotations.DeleteProvider;
        import org.apache.ibatis.annotations.UpdateProvider;
        import org.apache.ibatis.jdbc.SQL;

        interface OrderMapper {
          @UpdateProvider(type = Sql.class, method = "note")
          void note(Order order);

          @DeleteProvider(Sql.class)
          int purge(long id);

          class Sql {
            public String note(Order order) {
              return new SQL() {{
                UPDATE("orders");
                SET("note = #{note}");
                if (order.tag() != null) {
                  SET("tag = #{tag}");
                }
                WHERE("id = #{id}");
                WHERE("version = #{version}");
              }}.toString();
            }

            public static String purge() {
              return "DELETE FROM orders WHERE id = #{id}";
            }

            public String select() {
              return new SQL().SELECT("*").FROM("orders").toString();
            }

            public String dynamic(String table) {
              return new StringBuilder("UPDATE ").append(table).toString();
            }
          }
        }
        """);
    // dynamic() appends a parameter: its constant never resolves, so a mapper using it counts as unresolved.
    assertThat(facts.constants()).extracting(StringConstant::name).containsExactly("note()", "purge()", "dynamic()");
    assertThat(Analyzed.text(facts.constants().get(0).value()))
        .isEqualTo("UPDATE orders SET note = #{note}, tag = #{tag} WHERE id = #{id} AND version = #{version}");
    assertThat(facts.sqlCalls()).extracting(SqlCall::sink).containsExactly("@UpdateProvider", "@DeleteProvider");
    assertThat(facts.sqlCalls()).extracting(c -> Analyzed.text(c.sql()))
        .containsExactly("{com.acme.OrderMapper.Sql.note()}", "{com.acme.OrderMapper.Sql.purge()}");
    assertThat(facts.sqlCalls()).extracting(SqlCall::rowCount).containsExactly(RowCountUse.DISCARDED, RowCountUse.USED);
  }

  @Test
  void chainedSqlBuilderJoinsSetsAndConditions() {
    FileFacts facts = Analyzed.facts("""
        package com.acme;

        import org.apache.ibatis.jdbc.SQL;

        class OrderSql {
          String total() {
            return new SQL().UPDATE("orders").SET("total = #{total}", "version = version + 1")
                .WHERE("id = #{id}").OR().WHERE("code = #{code}").toString();
          }
        }
        """);
    assertThat(Analyzed.text(facts.constants().get(0).value()))
        .isEqualTo("UPDATE orders SET total = #{total}, version = version + 1 WHERE id = #{id} OR code = #{code}");
  }

  @Test
  void optimisticLockingSwitchesAreRecordedAsPatterns() {
    FileFacts facts = Analyzed.facts("""
        package com.acme;

        class Config {
          Object plugins(MybatisPlusInterceptor interceptor) {
            interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
            return new Settings().withExecuteWithOptimisticLocking(true);
          }
          Object off() {
            return new Settings().withExecuteWithOptimisticLocking(false);
          }
        }
        """);
    assertThat(facts.patterns()).filteredOn(LockingSetting.class::isInstance)
        .extracting(p -> ((LockingSetting) p).framework())
        .containsExactly(MappedWrite.Framework.MYBATIS_PLUS, MappedWrite.Framework.JOOQ);
  }
}
