package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.MappedWrite.Framework;
import dev.lostguard.model.MappedWrite.Term;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappedWriteTest {

  private static ResolvedEntity product() {
    return product("id");
  }

  private static ResolvedEntity product(String idColumn) {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("id", idColumn);
    columns.put("name", "product_name");
    columns.put("price", "price");
    columns.put("revision", "revision");
    Location at = Location.point("src/main/java/Product.java", 3, 1);
    return new ResolvedEntity("shop.Product", "Product", "t_product",
        new VersionField("revision", "revision", "Integer", TypeCategory.INTEGRAL, at), LockingMode.VERSION,
        columns, List.of(), at, PersistenceStyle.MYBATIS_PLUS, idColumn);
  }

  private static MappedWrite updateById(List<Term> set) {
    return new MappedWrite(Framework.MYBATIS_PLUS, WriteKind.UPDATE, List.of("shop.Product"), List.of(), null, set,
        List.of(), true, true);
  }

  @Test
  void updateByIdIsGuardedOnlyWhenTheFrameworkLockingIsOn() {
    MappedWrite write = updateById(List.of(Term.parameter("name"), Term.parameter("id")));
    assertThat(write.sql(Optional.of(product()), null, true))
        .contains("UPDATE t_product SET product_name = ?, revision = revision + 1 WHERE id = ? AND revision = ?");
    assertThat(write.sql(Optional.of(product()), null, false))
        .contains("UPDATE t_product SET product_name = ? WHERE id = ?");
  }

  @Test
  void aSetterTheKnownEntityMapsToNoColumnIsAHelperNotAWrite() {
    MappedWrite write = updateById(List.of(Term.parameter("price"), Term.parameter("updateInfo"),
        Term.parameter("product_name")));
    assertThat(write.sql(Optional.of(product()), null, false))
        .contains("UPDATE t_product SET price = ?, product_name = ? WHERE id = ?");
    assertThat(write.sql(Optional.empty(), "t_product", false))
        .contains("UPDATE t_product SET price = ?, update_info = ?, product_name = ? WHERE id = ?");
  }

  @Test
  void theEntityIdColumnPinsTheRowAndIsNeverWritten() {
    assertThat(updateById(List.of(Term.parameter("id"), Term.parameter("price"))).sql(Optional.of(product("product_id")), null, false))
        .contains("UPDATE t_product SET price = ? WHERE product_id = ?");
  }

  @Test
  void withNothingSetEveryMappedColumnButTheIdAndVersionIsWritten() {
    assertThat(updateById(List.of()).sql(Optional.of(product()), null, false))
        .contains("UPDATE t_product SET product_name = ?, price = ? WHERE id = ?");
  }

  @Test
  void aWholeEntitySaveLeavesOutTheColumnsThatOnlyCarryTheRowsStateButAnExplicitSetterWritesThem() {
    assertThat(updateById(List.of()).sql(Optional.of(product()), null, false, "price"::equals))
        .contains("UPDATE t_product SET product_name = ? WHERE id = ?");
    assertThat(updateById(List.of(Term.EVERY_COLUMN, Term.parameter("price"))).sql(Optional.of(product()), null, false, "price"::equals))
        .contains("UPDATE t_product SET product_name = ?, price = ? WHERE id = ?");
  }

  @Test
  void withoutAnEntityTheConventionTableIsUsedAndUnknownColumnsLeaveItUnresolved() {
    assertThat(updateById(List.of(Term.parameter("unitPrice"))).sql(Optional.empty(), "product", true))
        .contains("UPDATE product SET unit_price = ? WHERE id = ?");
    assertThat(updateById(List.of()).sql(Optional.empty(), "product", true)).isEmpty();
    assertThat(updateById(List.of(Term.parameter("name"))).sql(Optional.empty(), null, true)).isEmpty();
  }

  @Test
  void deletesAndWrapperConditionsRenderWithTheirOperators() {
    MappedWrite delete = new MappedWrite(Framework.MONGO, WriteKind.DELETE, List.of(), List.of(), "review", List.of(),
        List.of(new Term("author", " IN (?)"), Term.parameter("revision")), false, false);
    assertThat(delete.sql(Optional.of(product()), null, true))
        .contains("DELETE FROM review WHERE author IN (?) AND revision = ?");
  }

  @Test
  void jooqRecordsUseTheUsualVersionNameWhenNoEntityMapsTheTable() {
    MappedWrite store = new MappedWrite(Framework.JOOQ, WriteKind.UPDATE, List.of(), List.of(), "orders",
        List.of(Term.parameter("status")), List.of(), true, true);
    assertThat(store.sql(Optional.empty(), null, true))
        .contains("UPDATE orders SET status = ?, version = version + 1 WHERE id = ? AND version = ?");
    assertThat(store.sql(Optional.empty(), null, false)).contains("UPDATE orders SET status = ? WHERE id = ?");
  }
}
