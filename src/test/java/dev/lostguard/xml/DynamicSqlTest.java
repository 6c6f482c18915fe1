package dev.lostguard.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.MapperNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rendering dynamic SQL: each tag, includes across mappers, and what the rendering had to decide. */
class DynamicSqlTest {

  private static final String NS = "shop.OrderMapper";

  private final Map<String, MapperNode.Element> fragments = new HashMap<>();

  private void fragment(String namespace, String xml) throws SafeXml.Failure {
    MapperNode.Element element = SafeXml.parse(xml);
    fragments.put(namespace + "." + element.attribute("id", ""), element);
  }

  private DynamicSql.Rendering render(String statementXml) throws SafeXml.Failure {
    return new DynamicSql(fragments, Set.of("version", "lock_version")::contains).render(NS, SafeXml.parse(statementXml));
  }

  private static String squashed(String sql) {
    return sql.replaceAll("\\s+", " ").strip();
  }

  @Test
  void setAddsSetAndDropsTheTrailingComma() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders
          <set>
            <if test="status != null">status = #{status},</if>
            <if test="note != null">note = #{note},</if>
          </set>
          WHERE id = #{id}</update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = #{status}, note = #{note} WHERE id = #{id}");
  }

  @Test
  void whereAddsWhereAndDropsTheLeadingConnective() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <delete id="d">DELETE FROM orders
          <where>
            <if test="customerId != null">AND customer_id = #{customerId}</if>
            <if test="status != null">AND status = #{status}</if>
          </where></delete>""");

    assertThat(squashed(r.sql())).isEqualTo("DELETE FROM orders WHERE customer_id = #{customerId} AND status = #{status}");
  }

  @Test
  void anEmptyWhereAddsNothing() throws SafeXml.Failure {
    assertThat(squashed(render("<delete id=\"d\">DELETE FROM carts <where>  </where></delete>").sql()))
        .isEqualTo("DELETE FROM carts");
  }

  @Test
  void trimAppliesPrefixSuffixAndBothOverrideLists() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <insert id="i">INSERT INTO tags
          <trim prefix="(" suffix=")" suffixOverrides=",">name, color,</trim>
          VALUES
          <trim prefix="(" suffix=")" prefixOverrides="AND |OR " suffixOverrides=",">#{name}, #{color},</trim>
          <trim prefix="WHERE" prefixOverrides="and |or ">or x = 1</trim></insert>""");

    assertThat(squashed(r.sql())).isEqualTo("INSERT INTO tags ( name, color ) VALUES ( #{name}, #{color} ) WHERE x = 1");
  }

  @Test
  void foreachRendersOpenOneItemAndClose() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <delete id="d">DELETE FROM order_lines WHERE id IN
          <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach></delete>""");

    assertThat(squashed(r.sql())).isEqualTo("DELETE FROM order_lines WHERE id IN (#{id})");
  }

  @Test
  void foreachRendersItsFirstItemSoASeparatorIfOnTheIndexIsLeftOut() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <delete id="d">DELETE FROM comments WHERE
          <foreach item="batch" index="batchIndex" collection="collection">
            <if test="batchIndex &gt; 0"> OR </if>
            <if test="batchIndex == 0"> </if>
            task_id IN
            <foreach item="id" index="i" collection="batch" open="(" separator="," close=")">
              <if test="i neq 0">,</if> #{id}
            </foreach>
          </foreach></delete>""");

    assertThat(squashed(r.sql())).isEqualTo("DELETE FROM comments WHERE task_id IN ( #{id} )");
  }

  @Test
  void aSubstitutionRightAfterAParameterIsAClauseAndRendersAsNothing() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <delete id="d">DELETE FROM ${prefix}tasks WHERE name LIKE #{nameLike}${escapeClause}
          AND lower(owner) LIKE lower(#{ownerLike})${escapeClause} AND id = #{id}</delete>""");

    assertThat(squashed(r.sql()))
        .isEqualTo("DELETE FROM p_prefixtasks WHERE name LIKE #{nameLike} AND lower(owner) LIKE lower(#{ownerLike}) AND id = #{id}");
  }

  @Test
  void alternativesKeepTheFirstIfOfEachAdjacentRunAndRecordItsLine() throws SafeXml.Failure {
    MapperNode.Element statement = SafeXml.parse("""
        <update id="u">UPDATE users SET
          <if test="org != null">org = #{org}</if>
          <!-- only one applies -->
          <if test="org == null">tenant = #{tenant}</if>
          WHERE id = #{id}
          <if test="owner != null">AND owner = #{owner}</if>
        </update>""");

    DynamicSql.Rendering everyIf = new DynamicSql(fragments, Set.of("version")::contains).render(NS, statement);
    DynamicSql.Rendering alternatives =
        new DynamicSql(fragments, Set.of("version")::contains).renderAlternatives(NS, statement);

    assertThat(squashed(everyIf.sql()))
        .isEqualTo("UPDATE users SET org = #{org} tenant = #{tenant} WHERE id = #{id} AND owner = #{owner}");
    assertThat(squashed(alternatives.sql()))
        .isEqualTo("UPDATE users SET org = #{org} WHERE id = #{id} AND owner = #{owner}");
    assertThat(alternatives.alternatives()).containsExactly(2);
    assertThat(everyIf.alternatives()).isEmpty();
  }

  @Test
  void anIfOnAVariableThatIsNoLoopIndexIsKept() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <delete id="d">DELETE FROM comments WHERE task_id = #{taskId}
          <if test="batchIndex > 0"> AND batch = #{batchIndex}</if></delete>""");

    assertThat(squashed(r.sql())).isEqualTo("DELETE FROM comments WHERE task_id = #{taskId} AND batch = #{batchIndex}");
  }

  @Test
  void aVersionCheckInsideAnIfIsLeftOutAndReported() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders SET status = #{status}, version = version + 1 WHERE id = #{id}
          <if test="version != null">AND version = #{version}</if></update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = #{status}, version = version + 1 WHERE id = #{id}");
    assertThat(r.skippableVersionChecks()).containsExactly("<if test=\"version != null\">");
  }

  @Test
  void anOptionalVersionAssignmentInSetIsKeptAndNotReported() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders <set><if test="version != null">version = #{version},</if></set>
          WHERE id = #{id} AND lock_version = #{lockVersion}</update>""");

    assertThat(squashed(r.sql())).contains("SET version = #{version}").contains("AND lock_version = #{lockVersion}");
    assertThat(r.skippableVersionChecks()).isEmpty();
  }

  @Test
  void chooseTakesTheFirstWhenAndRecordsTheChoice() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders SET
          <choose>
            <when test="paid">status = 'PAID'</when>
            <otherwise>status = 'OPEN'</otherwise>
          </choose>
          WHERE id = #{id}</update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = 'PAID' WHERE id = #{id}");
    assertThat(r.choices()).containsExactly(2);
  }

  @Test
  void chooseSkipsAWhenThatOnlyAddsAVersionCheck() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders SET note = #{note} WHERE id = #{id}
          <choose>
            <when test="version != null">AND version = #{version}</when>
            <otherwise>AND status = 'OPEN'</otherwise>
          </choose></update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET note = #{note} WHERE id = #{id} AND status = 'OPEN'");
    assertThat(r.skippableVersionChecks()).containsExactly("<when test=\"version != null\">");
  }

  @Test
  void includeFindsALocalFragmentAndOneOfAnotherMapperWithItsProperties() throws SafeXml.Failure {
    fragment(NS, "<sql id=\"cols\">status = #{status}</sql>");
    fragment("shop.Common", "<sql id=\"byId\">WHERE ${alias}id = #{id}</sql>");

    DynamicSql.Rendering r = render("""
        <update id="u">UPDATE orders o SET <include refid="cols"/>
          <include refid="shop.Common.byId"><property name="alias" value="o."/></include></update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders o SET status = #{status} WHERE o.id = #{id}");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void anIncludeCycleIsAProblemAtTheIncludeAndRendersNothingMore() throws SafeXml.Failure {
    fragment(NS, "<sql id=\"a\">x = 1 <include refid=\"b\"/></sql>");
    fragment(NS, "<sql id=\"b\">\n<include refid=\"a\"/></sql>");

    DynamicSql.Rendering r = render("<update id=\"u\">UPDATE t SET <include refid=\"a\"/> WHERE id = 1</update>");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE t SET x = 1 WHERE id = 1");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("includes itself").contains(NS + ".a -> " + NS + ".b -> " + NS + ".a");
    });
  }

  @Test
  void aMissingFragmentIsAProblem() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("<update id=\"u\">UPDATE t SET a = 1 <include refid=\"nowhere\"/></update>");

    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nowhere"));
  }

  @Test
  void bindSelectKeyAndCommentsRenderNothingAndTextSubstitutionsBecomeIdentifiers() throws SafeXml.Failure {
    DynamicSql.Rendering r = render("""
        <update id="u"><bind name="pattern" value="'%' + name + '%'"/><!-- a note -->
          <selectKey keyProperty="id" order="BEFORE">SELECT 1</selectKey>
          UPDATE ${table} SET name = #{name} WHERE id = #{id}</update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE p_table SET name = #{name} WHERE id = #{id}");
  }

  private DynamicSql.Rendering renderFor(Map<String, String> set, String statementXml) throws SafeXml.Failure {
    return renderFor(set, true, statementXml);
  }

  private DynamicSql.Rendering renderFor(Map<String, String> set, boolean bareNames, String statementXml)
      throws SafeXml.Failure {
    return render(new DynamicSql.CallProperties(set, bareNames, false), statementXml);
  }

  private DynamicSql.Rendering render(DynamicSql.CallProperties call, String statementXml) throws SafeXml.Failure {
    return new DynamicSql(fragments, Set.of("version")::contains).render(NS, SafeXml.parse(statementXml), call);
  }

  @Test
  void aLoadedRowWritesOnlyWhatItsCallerChangedYetKeepsEveryFilterItsPropertiesFill() throws SafeXml.Failure {
    DynamicSql.Rendering r = render(new DynamicSql.CallProperties(Map.of("status", "2"), true, true), """
        <update id="updateByPrimaryKeySelective">UPDATE orders
          <set>
            <if test="status != null">status = #{status},</if>
            <if test="note != null">note = #{note},</if>
          </set>
          <where><if test="id != null">id = #{id}</if></where></update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = 2 WHERE id = #{id}");
  }

  private static final String SELECTIVE = """
      <update id="updateByPrimaryKeySelective">UPDATE orders
        <set>
          <if test="status != null">status = #{status,jdbcType=VARCHAR},</if>
          <if test="note != null">note = #{note,jdbcType=VARCHAR},</if>
          <if test="total != null">total = #{total},</if>
        </set>
        WHERE id = #{id,jdbcType=BIGINT}</update>""";

  @Test
  void aCallWritesOnlyTheIfsOfThePropertiesItSetsAndItsFixedValuesAsLiterals() throws SafeXml.Failure {
    Map<String, String> set = new HashMap<>();
    set.put("id", "7");
    set.put("status", "'SHIPPED'");
    set.put("total", null);

    DynamicSql.Rendering r = renderFor(set, SELECTIVE);

    assertThat(squashed(r.sql()))
        .isEqualTo("UPDATE orders SET status = 'SHIPPED', total = #{total} WHERE id = #{id,jdbcType=BIGINT}");
    assertThat(r.selective()).isTrue();
  }

  @Test
  void prefixedReversedAndEmptyStringNullChecksFollowTheSetProperties() throws SafeXml.Failure {
    DynamicSql.Rendering r = renderFor(Map.of("note", "'x'"), """
        <update id="updateByExampleSelective">UPDATE orders
          <set>
            <if test="record.status != null">status = #{record.status},</if>
            <if test="null != row.total">total = #{row.total},</if>
            <if test="record.note != null and record.note != ''">note = #{record.note,jdbcType=VARCHAR},</if>
          </set>
          WHERE id = 1</update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET note = 'x' WHERE id = 1");
  }

  @Test
  void otherTestsKeepTheirRenderingAndOnlyNullChecksMakeAStatementSelective() throws SafeXml.Failure {
    String statement = """
        <update id="u">UPDATE orders
          <set>
            <if test="status == 'OPEN'">status = #{status},</if>
            <if test="note != null and note.length() > 0">note = #{note},</if>
          </set>
          WHERE id = #{id}</update>""";

    DynamicSql.Rendering forCall = renderFor(Map.of("id", "1"), statement);

    assertThat(squashed(forCall.sql())).isEqualTo("UPDATE orders SET status = #{status}, note = #{note} WHERE id = #{id}");
    assertThat(forCall.selective()).isFalse();
    assertThat(render(SELECTIVE).selective()).isTrue();
  }

  @Test
  void aFixedValueOutsideTheSetStaysAParameter() throws SafeXml.Failure {
    DynamicSql.Rendering r = renderFor(Map.of("id", "7", "status", "'OPEN'"), """
        <update id="u">UPDATE orders <set><if test="status != null">status = #{status},</if></set>
          WHERE id = #{id}</update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = 'OPEN' WHERE id = #{id}");
  }

  @Test
  void whenTheEntityIsOneOfSeveralArgumentsABareNameIsAnotherParameterAndKeepsItsRendering() throws SafeXml.Failure {
    DynamicSql.Rendering r = renderFor(Map.of("status", "'OPEN'"), false, """
        <update id="updateByExampleSelective">UPDATE orders
          <set>
            <if test="record.status != null">status = #{record.status},</if>
            <if test="record.note != null">note = #{record.note},</if>
          </set>
          <where><if test="ids != null">id IN (#{ids})</if></where></update>""");

    assertThat(squashed(r.sql())).isEqualTo("UPDATE orders SET status = 'OPEN' WHERE id IN (#{ids})");
  }
}
