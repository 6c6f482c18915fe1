package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lostguard.model.Assignment;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Operator;
import dev.lostguard.model.Predicate;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.ValueKind;
import dev.lostguard.model.WhereClause;
import dev.lostguard.model.WriteKind;
import dev.lostguard.model.WriteSite;
import org.junit.jupiter.api.Test;

class WriteSiteExtractionTest {

  private final SqlFileAnalyzer analyzer = new SqlFileAnalyzer();

  private WriteSite site(String sql) {
    FileFacts facts = analyzer.analyze("q.sql", sql, SourceRole.APPLICATION);
    assertThat(facts.errors()).isEmpty();
    assertThat(facts.writeSites()).hasSize(1);
    return facts.writeSites().get(0);
  }

  private static Assignment assignment(WriteSite site, String column) {
    return site.assignments().stream().filter(a -> a.column().equals(column)).findFirst().orElseThrow();
  }

  @Test
  void readsOneRowPrimaryKeyEqualityAndVersionCheck() {
    WriteSite site = site("UPDATE orders SET status = ?, version = version + 1 WHERE id = ? AND version = ?");
    assertThat(site.kind()).isEqualTo(WriteKind.UPDATE);
    assertThat(site.table()).isEqualTo("orders");
    assertThat(site.where().present()).isTrue();
    assertThat(site.where().opaque()).isFalse();
    assertThat(site.where().conjuncts()).containsExactly(
        new Predicate("id", Operator.EQ, ValueKind.PARAMETER, null, "?"),
        new Predicate("version", Operator.EQ, ValueKind.PARAMETER, null, "?"));
    assertThat(assignment(site, "version")).isEqualTo(
        new Assignment("version", ValueKind.EXPRESSION, null, true, true, "version + 1"));
    assertThat(assignment(site, "status").kind()).isEqualTo(ValueKind.PARAMETER);
  }

  @Test
  void keepsNamedParameterNamesAndStripsAliasQualifiers() {
    WriteSite site = site("UPDATE Order o SET o.status = :s, o.version = o.version + 1 WHERE o.id = :id AND o.version = :v");
    assertThat(site.table()).isEqualTo("order");
    assertThat(site.tableAsWritten()).isEqualTo("Order");
    assertThat(site.where().conjuncts()).extracting(Predicate::column, Predicate::parameterName)
        .containsExactly(tuple("id", "id"), org.assertj.core.groups.Tuple.tuple("version", "v"));
    assertThat(assignment(site, "status").parameterName()).isEqualTo("s");
    assertThat(assignment(site, "version").incrementsSelf()).isTrue();
  }

  @Test
  void readsQualifiedVersionCompareAndReversedEquality() {
    WriteSite site = site("UPDATE app.t SET a = 1 WHERE ? = t.id AND t.version = ?");
    assertThat(site.table()).isEqualTo("t");
    assertThat(site.where().conjuncts()).extracting(Predicate::column, Predicate::operator)
        .containsExactly(tuple("id", Operator.EQ),
            tuple("version", Operator.EQ));
  }

  @Test
  void readsRangeComparisonsAsTheirOwnOperators() {
    WriteSite site = site("UPDATE t SET a = 1 WHERE id = 1 AND version >= ? AND ? < n");
    assertThat(site.where().conjuncts()).extracting(Predicate::operator)
        .containsExactly(Operator.EQ, Operator.GE, Operator.GT);
  }

  @Test
  void doesNotCountParameterPlusZeroAsAnIncrement() {
    Assignment version = assignment(site("UPDATE t SET version = ? + 0 WHERE id = ?"), "version");
    assertThat(version.incrementsSelf()).isFalse();
    assertThat(version.referencesSelf()).isFalse();
    assertThat(version.kind()).isEqualTo(ValueKind.EXPRESSION);
  }

  @Test
  void marksSelfReferencesThatAreNotIncrements() {
    WriteSite site = site("UPDATE t SET n = coalesce(n, 0) + 1, tags = tags || ?, stock = stock - ? WHERE id = 1");
    assertThat(assignment(site, "n").referencesSelf()).isTrue();
    assertThat(assignment(site, "n").incrementsSelf()).isFalse();
    assertThat(assignment(site, "tags").referencesSelf()).isTrue();
    assertThat(assignment(site, "stock").incrementsSelf()).isFalse();
  }

  @Test
  void classifiesAssignedValues() {
    WriteSite site = site("UPDATE t SET a = 'x', b = 42, c = NULL, d = true, e = now(), f = CURRENT_TIMESTAMP, "
        + "g = other, h = upper(?), i = $1, j = #{user.name,jdbcType=VARCHAR}, k = ?2 WHERE id = 1");
    assertThat(site.assignments()).extracting(Assignment::kind).containsExactly(
        ValueKind.LITERAL, ValueKind.LITERAL, ValueKind.LITERAL, ValueKind.LITERAL, ValueKind.NOW, ValueKind.NOW,
        ValueKind.COLUMN, ValueKind.EXPRESSION, ValueKind.PARAMETER, ValueKind.PARAMETER, ValueKind.PARAMETER);
    assertThat(assignment(site, "i").valueText()).isEqualTo("$1");
    assertThat(assignment(site, "j").parameterName()).isEqualTo("user.name");
    assertThat(assignment(site, "j").valueText()).isEqualTo("#{user.name,jdbcType=VARCHAR}");
  }

  @Test
  void aParameterNamedForTheCurrentTimeIsTheClock() {
    WriteSite site = site("UPDATE t SET n = n + 1, last_exec_time = #{now}, seen = :currentTime, at = #{row.now_time},"
        + " note = #{note} WHERE id = #{id}");
    assertThat(site.assignments()).extracting(Assignment::kind).containsExactly(
        ValueKind.EXPRESSION, ValueKind.NOW, ValueKind.NOW, ValueKind.NOW, ValueKind.PARAMETER);
  }

  @Test
  void readsInListsBetweenLikeAndNullChecks() {
    WriteSite site = site("DELETE FROM t WHERE id IN (:ids) AND d BETWEEN ? AND ? AND name LIKE 'a%' "
        + "AND deleted_at IS NULL AND x IS NOT NULL");
    assertThat(site.kind()).isEqualTo(WriteKind.DELETE);
    assertThat(site.assignments()).isEmpty();
    assertThat(site.where().conjuncts()).extracting(Predicate::operator).containsExactly(
        Operator.IN, Operator.BETWEEN, Operator.LIKE, Operator.IS_NULL, Operator.IS_NOT_NULL);
    assertThat(site.where().conjuncts().get(0).parameterName()).isEqualTo("ids");
  }

  @Test
  void makesATopLevelOrOpaqueWithNoConjuncts() {
    WriteSite site = site("UPDATE t SET a = 1 WHERE id = 1 OR version = 2");
    assertThat(site.where().conjuncts()).isEmpty();
    assertThat(site.where().opaque()).isTrue();
  }

  @Test
  void keepsComparableConjunctsBesideAnOpaqueOne() {
    WriteSite site = site("UPDATE t SET a = 1 WHERE id = ? AND (b = 1 OR c = 2) AND EXISTS (SELECT 1 FROM u)");
    assertThat(site.where().conjuncts()).extracting(Predicate::column).containsExactly("id");
    assertThat(site.where().opaque()).isTrue();
  }

  @Test
  void reportsNoWhereAsAbsent() {
    assertThat(site("UPDATE t SET a = 1").where().present()).isFalse();
  }

  @Test
  void takesTheFirstTableOfAnUpdateWithJoins() {
    assertThat(site("UPDATE orders o SET status = s.status FROM staging s WHERE o.id = s.id").table())
        .isEqualTo("orders");
  }

  @Test
  void readsPostgresUpsertWithItsGuard() {
    WriteSite site = site("INSERT INTO counters AS c (id, count, version) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
        + "SET count = c.count + 1, name = EXCLUDED.name, version = EXCLUDED.version WHERE c.version = EXCLUDED.version - 1");
    assertThat(site.kind()).isEqualTo(WriteKind.UPSERT);
    assertThat(site.where()).isEqualTo(dev.lostguard.model.WhereClause.NONE);
    assertThat(assignment(site, "count").incrementsSelf()).isTrue();
    assertThat(assignment(site, "name").referencesSelf()).isFalse();
    assertThat(assignment(site, "name").kind()).isEqualTo(ValueKind.COLUMN);
    assertThat(site.guard()).extracting(Predicate::column, Predicate::operator)
        .containsExactly(tuple("version", Operator.EQ));
  }

  @Test
  void readsMysqlOnDuplicateKeyUpdate() {
    WriteSite site = site("INSERT INTO stats (id, hits, name) VALUES (?, 1, ?) "
        + "ON DUPLICATE KEY UPDATE hits = hits + 1, name = VALUES(name)");
    assertThat(site.kind()).isEqualTo(WriteKind.UPSERT);
    assertThat(assignment(site, "hits").incrementsSelf()).isTrue();
    assertThat(assignment(site, "name").referencesSelf()).isFalse();
    assertThat(site.guard()).isEmpty();
  }

  @Test
  void readsMysqlReplaceIntoAsAWholeRowOverwriteOfEveryListedColumn() {
    WriteSite site = site("REPLACE INTO shop.orders (id, note, version) VALUES (?, :note, 3)");
    assertThat(site.kind()).isEqualTo(WriteKind.REPLACE);
    assertThat(site.table()).isEqualTo("orders");
    assertThat(site.where()).isEqualTo(WhereClause.NONE);
    assertThat(site.guard()).isEmpty();
    assertThat(site.assignments()).extracting(Assignment::column, Assignment::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", ValueKind.PARAMETER),
            org.assertj.core.groups.Tuple.tuple("note", ValueKind.PARAMETER),
            org.assertj.core.groups.Tuple.tuple("version", ValueKind.LITERAL));
    assertThat(assignment(site, "note").parameterName()).isEqualTo("note");
  }

  @Test
  void readsReplaceSetAndReplaceSelectAndSqliteInsertOrReplace() {
    assertThat(site("REPLACE INTO orders SET id = ?, note = ?").assignments())
        .extracting(Assignment::column).containsExactly("id", "note");
    WriteSite fromSelect = site("REPLACE orders (id, note) SELECT id, note FROM staging");
    assertThat(fromSelect.kind()).isEqualTo(WriteKind.REPLACE);
    assertThat(fromSelect.assignments()).extracting(Assignment::column, Assignment::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", ValueKind.EXPRESSION),
            org.assertj.core.groups.Tuple.tuple("note", ValueKind.EXPRESSION));
    assertThat(site("REPLACE INTO orders (id, note) VALUES (?, ?), (?, ?)").assignments())
        .extracting(Assignment::kind).containsOnly(ValueKind.PARAMETER);
    assertThat(site("INSERT OR REPLACE INTO orders (id, note) VALUES (?, ?)").kind()).isEqualTo(WriteKind.REPLACE);
  }

  @Test
  void readsReplaceWithoutAColumnListAsAnOverwriteOfUnknownColumns() {
    WriteSite site = site("REPLACE INTO orders VALUES (1, 'x')");
    assertThat(site.kind()).isEqualTo(WriteKind.REPLACE);
    assertThat(site.assignments()).isEmpty();
  }

  @Test
  void ignoresPlainInsertsAndSelects() {
    FileFacts facts = analyzer.analyze("q.sql", "INSERT INTO t VALUES (1); SELECT * FROM t; "
        + "INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING;", SourceRole.APPLICATION);
    assertThat(facts.statements()).isEqualTo(3);
    assertThat(facts.writeSites()).isEmpty();
    assertThat(facts.errors()).isEmpty();
  }

  @Test
  void readsMergeUpdatePartAndMatchedCondition() {
    WriteSite site = site("MERGE INTO accounts t USING incoming s ON (t.id = s.id) "
        + "WHEN MATCHED AND t.version = s.version THEN UPDATE SET t.balance = s.balance, t.version = t.version + 1 "
        + "WHEN NOT MATCHED THEN INSERT (id, balance, version) VALUES (s.id, s.balance, 0)");
    assertThat(site.kind()).isEqualTo(WriteKind.MERGE);
    assertThat(site.table()).isEqualTo("accounts");
    assertThat(site.assignments()).extracting(Assignment::column).containsExactly("balance", "version");
    assertThat(assignment(site, "balance").referencesSelf()).isFalse();
    assertThat(assignment(site, "version").incrementsSelf()).isTrue();
    assertThat(site.guard()).extracting(Predicate::column).containsExactly("version");
  }

  @Test
  void doesNotTreatAnInsertOnlyMergeAsAWrite() {
    FileFacts facts = analyzer.analyze("q.sql", "MERGE INTO t USING s ON (t.id = s.id) "
        + "WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)", SourceRole.APPLICATION);
    assertThat(facts.writeSites()).isEmpty();
  }

  @Test
  void locatesTheSiteAndKeepsTextAndFingerprint() {
    FileFacts facts = analyzer.analyze("db/q.sql", "-- ruleid: x\nUPDATE t\n  SET a = 1\n WHERE id = 7;\n",
        SourceRole.TEST);
    WriteSite site = facts.writeSites().get(0);
    assertThat(site.location()).isEqualTo(new dev.lostguard.model.Location("db/q.sql", 2, 1, 4, 13));
    assertThat(site.text()).isEqualTo("UPDATE t\n  SET a = 1\n WHERE id = 7");
    assertThat(site.normalizedText()).isEqualTo("update t set a = ? where id = ?");
    assertThat(site.role()).isEqualTo(SourceRole.TEST);
  }

  @Test
  void readsJdbiDefinedAttributesAsNamedParameters() {
    WriteSite site = site("UPDATE datasets SET updated_at = :at WHERE uuid IN (<rowUuids>) AND kind <> 'x'");
    assertThat(site.where().conjuncts()).extracting(Predicate::column, Predicate::operator)
        .contains(tuple("uuid", Operator.IN));
    WriteSite upsert = site("INSERT INTO lineage (a, b) VALUES <values> ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b");
    assertThat(upsert.kind()).isEqualTo(WriteKind.UPSERT);
  }

  @Test
  void readsJdbiEscapedLessThanAndColonsAsThePlainCharacters() {
    WriteSite site = site("UPDATE history SET bytes = :b WHERE id = :id AND created \\< :cutoff AND tag = 'a\\<b'");
    assertThat(site.where().conjuncts()).extracting(Predicate::column, Predicate::operator)
        .contains(tuple("id", Operator.EQ), tuple("created", Operator.LT));
    assertThat(site("UPDATE t SET a = :a\\:\\:text WHERE id = :id").assignments()).isNotEmpty();
  }

  @Test
  void readsJdbiNullSafeBeanPropertiesAsPlainOnes() {
    WriteSite site = site("UPDATE dovuto SET cod_stato = :d.stato?.code, de_causale = :d.causale WHERE id = :d.id");
    assertThat(site.assignments()).extracting(a -> a.column()).containsExactly("cod_stato", "de_causale");
    assertThat(site.where().conjuncts()).extracting(Predicate::column).containsExactly("id");
    assertThat(site("UPDATE t SET a = b::text, c = ? WHERE id = ?").assignments()).hasSize(2);
  }

  @Test
  void leavesComparisonsThatLookLikeAngleBracketsAlone() {
    WriteSite site = site("UPDATE t SET a = ? WHERE id = ? AND b<c AND c <= 3");
    assertThat(site.where().conjuncts()).extracting(Predicate::column).contains("id", "b", "c");
  }
}
