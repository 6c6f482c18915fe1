package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantPoolTest {

  private static final Location AT = Location.point("Queries.java", 3, 5);

  private static SqlText.ConstantRef ref(String field, String... owners) {
    return new SqlText.ConstantRef(List.of(owners), field, AT);
  }

  @Test
  void resolvesConstantsAcrossClassesTryingOwnersInOrder() {
    ConstantPool pool =
        ConstantPool.of(
            List.of(
                new StringConstant("com.shop.Queries", "TABLE", new SqlText.Literal("orders"), AT),
                new StringConstant(
                    "com.shop.Queries",
                    "UPDATE",
                    new SqlText.Concat(
                        List.of(new SqlText.Literal("UPDATE "), ref("TABLE", "com.shop.Queries"),
                            new SqlText.Literal(" SET note = ? WHERE id = ?"))),
                    AT)));
    ConstantPool.Resolution resolution =
        pool.resolve(ref("UPDATE", "com.shop.dao.Queries", "com.shop.Queries"));
    assertThat(resolution.text()).contains("UPDATE orders SET note = ? WHERE id = ?");
    assertThat(resolution.constantsUsed()).extracting(StringConstant::name).containsExactly("UPDATE", "TABLE");
  }

  @Test
  void unknownPartsAndCyclesStayUnresolved() {
    ConstantPool pool =
        ConstantPool.of(
            List.of(
                new StringConstant("A", "X", ref("Y", "A"), AT),
                new StringConstant("A", "Y", ref("X", "A"), AT)));
    assertThat(pool.resolve(ref("X", "A")).text()).isEmpty();
    assertThat(pool.resolve(new SqlText.Concat(List.of(new SqlText.Literal("UPDATE t SET a = "),
        new SqlText.Unknown("variable value"))))
        .text()).isEmpty();
    assertThat(pool.resolve(ref("MISSING", "B")).text()).isEmpty();
  }
}
