package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityFactsTest {

  private static final Location AT = Location.point("Subject.java", 5, 1);

  private static EntityFacts subject(SqlText tableConstant) {
    return new EntityFacts("com.vote.Subject", "Subject", null, false, List.of(), null, LockingMode.NONE, Map.of(),
        List.of(), AT, PersistenceStyle.MYBATIS_PLUS, null, tableConstant);
  }

  private static SqlText.ConstantRef ref(String owner, String field) {
    return new SqlText.ConstantRef(List.of(owner), field, AT);
  }

  @Test
  void takesTheTableNameItsConstantsSpellAsAnExplicitName() {
    ConstantPool constants = ConstantPool.of(List.of(
        new StringConstant("com.vote.Tables", "PREFIX", new SqlText.Literal("CC_"), AT)));

    EntityFacts resolved = subject(new SqlText.Concat(List.of(ref("com.vote.Tables", "PREFIX"),
        new SqlText.Literal("Vote_Subject")))).withTableFrom(constants);

    assertThat(resolved.table()).isEqualTo("cc_vote_subject");
    assertThat(resolved.tableConstant()).isNull();
  }

  @Test
  void keepsTheNamingDefaultWhenAConstantIsUnknownOrBlank() {
    ConstantPool constants = ConstantPool.of(List.of(
        new StringConstant("com.vote.Subject", "BLANK", new SqlText.Literal(" "), AT)));

    assertThat(subject(ref("com.vote.Subject", "TABLE_NAME")).withTableFrom(constants).table()).isNull();
    assertThat(subject(ref("com.vote.Subject", "BLANK")).withTableFrom(constants).table()).isNull();
    assertThat(subject(null).withTableFrom(constants).table()).isNull();
  }
}
