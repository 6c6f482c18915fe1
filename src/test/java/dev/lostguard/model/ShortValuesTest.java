package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortValuesTest {

  private static ColumnDefinition column(String name, String type, TypeCategory category) {
    return new ColumnDefinition(name, type, category, null);
  }

  @Test
  void anIntegralStatusOrTypeCodeIsAChoiceButANumberIsNot() {
    assertThat(ShortValues.isShortChoice(column("aftersale_status", "smallint", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("type", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("order_state", "integer", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("trace_enabled", "int(4)", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("consume_way", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("stock", "smallint", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.isShortChoice(column("statuses_seen", "int", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.isShortChoice(column("prototype_count", "int", TypeCategory.INTEGRAL))).isFalse();
  }

  @Test
  void aPlaceInAHandOrderedListIsAChoiceButACountOrAnOrderNumberIsNot() {
    assertThat(ShortValues.isShortChoice(column("sequence", "bigint", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("sort_code", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("menu_sort", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("display_order", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.namedShortChoice("sort")).isTrue();
    assertThat(ShortValues.namedShortChoice("order_num")).isTrue();
    assertThat(ShortValues.isShortChoice(column("sort_count", "int", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.isShortChoice(column("order_count", "int", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.isShortChoice(column("resort_fee", "int", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.namedShortChoice("subsequent_visits")).isFalse();
  }

  @Test
  void referencesFlagsAndBoundedTextAreChoicesLongTextIsNot() {
    assertThat(ShortValues.isShortChoice(column("owner_id", "bigint", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("enabled", "tinyint(1)", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("nick_name", "varchar(64)", TypeCategory.TEXT))).isTrue();
    assertThat(ShortValues.isShortChoice(column("content", "text", TypeCategory.TEXT))).isFalse();
    assertThat(ShortValues.isShortChoice(column("online_value", "varchar(256)", TypeCategory.TEXT))).isTrue();
    assertThat(ShortValues.isShortChoice(column("summary", "varchar(2000)", TypeCategory.TEXT))).isFalse();
  }

  @Test
  void withoutDdlTheNameSaysWhetherAValueIsAShortChoice() {
    assertThat(ShortValues.namedShortChoice("is_leaf")).isTrue();
    assertThat(ShortValues.namedShortChoice("apply_status")).isTrue();
    assertThat(ShortValues.namedShortChoice("dept_id")).isTrue();
    assertThat(ShortValues.namedShortChoice("phone")).isTrue();
    assertThat(ShortValues.namedShortChoice("work_no")).isTrue();
    assertThat(ShortValues.namedShortChoice("role")).isTrue();
    assertThat(ShortValues.namedShortChoice("member_role")).isTrue();
    assertThat(ShortValues.namedShortChoice("seen_by_user")).isTrue();
    assertThat(ShortValues.namedShortChoice("read_count")).isFalse();
    assertThat(ShortValues.namedShortChoice("balance")).isFalse();
    assertThat(ShortValues.namedShortChoice("content")).isFalse();
    assertThat(ShortValues.namedShortChoice("visits_num")).isFalse();
    assertThat(ShortValues.namedShortChoice("description")).isFalse();
  }

  @Test
  void anIntegralPickedOnAScaleIsAChoiceButABalanceOrACountIsNot() {
    assertThat(ShortValues.isShortChoice(column("sensitive_level", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("progress_percent", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("balance", "int", TypeCategory.INTEGRAL))).isFalse();
    assertThat(ShortValues.isShortChoice(column("view_count", "int", TypeCategory.INTEGRAL))).isFalse();
  }

  @Test
  void anIntegralIsOrHasFlagIsAChoice() {
    assertThat(ShortValues.isShortChoice(column("is_leaf", "int", TypeCategory.INTEGRAL))).isTrue();
    assertThat(ShortValues.isShortChoice(column("iz_top", "int", TypeCategory.INTEGRAL))).isTrue();
  }
}
