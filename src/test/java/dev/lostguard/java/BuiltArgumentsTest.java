package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.BuiltArgument;
import dev.lostguard.model.BuiltArgument.SetProperty;
import dev.lostguard.model.RowCountUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls that pass an entity the method builds itself: what they set, and what they do not record. */
class BuiltArgumentsTest {

  /** A service with a mapper field {@code orders}; {@code body} is the body of {@code run(Order in, String note)}. */
  private static List<BuiltArgument> built(String body) {
    return Analyzed.patterns(Analyzed.dao("", """
          private final OrderMapper orders;
          Dao(OrderMapper orders) { this.orders = orders; }
          Object run(Order in, String note) {
        %s
            return null;
          }
        """.formatted(body)), BuiltArgument.class);
  }

  @Test
  void recordsTheSettersBeforeTheCallWithTheLiteralsOfFixedValues() {
    List<BuiltArgument> found = built("""
            Order order = new Order();
            order.setId(in.getId());
            order.setStatus(Status.SHIPPED);
            order.setNote(note);
            order.getId();
            int rows = orders.updateByPrimaryKeySelective(order);
            order.setTotal(3);
            if (rows == 0) throw new IllegalStateException();
        """);

    assertThat(found).singleElement().satisfies(call -> {
      assertThat(call.name()).isEqualTo("updateByPrimaryKeySelective");
      assertThat(call.arity()).isEqualTo(1);
      assertThat(call.method().name()).isEqualTo("run");
      assertThat(call.location().startLine()).isEqualTo(12);
      assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
      assertThat(call.loadedRow()).isFalse();
      assertThat(call.properties()).containsExactly(
          new SetProperty("id", null), new SetProperty("status", "'SHIPPED'"), new SetProperty("note", null));
    });
  }

  @Test
  void siblingBlocksEachBuildTheirOwnEntityUnderTheSameName() {
    List<BuiltArgument> found = built("""
            if (in.getId() > 0) {
              Order record = orders.selectByPrimaryKey(in.getId());
              record.setStatus(Status.SHIPPED);
              orders.updateByPrimaryKeySelective(record);
            } else {
              Order record = new Order();
              record.setId(1L);
              record.setNote(note);
              orders.updateByPrimaryKeySelective(record);
            }
            for (Order each : in.getLines()) {
              Order record = new Order();
              record = each;
              orders.updateByPrimaryKeySelective(record);
            }
        """);

    assertThat(found).extracting(BuiltArgument::loadedRow, BuiltArgument::properties).containsExactly(
        org.assertj.core.groups.Tuple.tuple(true, List.of(new SetProperty("status", "'SHIPPED'"))),
        org.assertj.core.groups.Tuple.tuple(false, List.of(new SetProperty("id", "1"), new SetProperty("note", null))));
  }

  @Test
  void recordsAFluentChainOfSettersOnANewEntity() {
    List<BuiltArgument> found =
        built("    orders.updateByPrimaryKeySelective(new Order().setId(1L).setStatus(\"DONE\"));");

    assertThat(found).singleElement().satisfies(call ->
        assertThat(call.properties()).containsExactly(new SetProperty("id", "1"), new SetProperty("status", "'DONE'")));
  }

  @Test
  void recordsWhatABuilderSetsInTheCallOrOnALocal() {
    List<BuiltArgument> found = built("""
            orders.updateByPrimaryKeySelective(Order.builder().id(1L).status(Status.DONE).build());
            Order order = Order.builder().id(in.getId()).build();
            order.setNote(note);
            orders.updateByPrimaryKeySelective(order);
        """);

    assertThat(found).extracting(BuiltArgument::properties).containsExactly(
        List.of(new SetProperty("id", "1"), new SetProperty("status", "'DONE'")),
        List.of(new SetProperty("id", null), new SetProperty("note", null)));
  }

  @Test
  void aPropertySetToDifferentValuesHasNoLiteralAndOneSetOnlyToNullIsNotSet() {
    List<BuiltArgument> found = built("""
            Order order = new Order();
            order.setNote(null);
            if (note == null) { order.setStatus("OPEN"); } else { order.setStatus("CLOSED"); }
            orders.updateByPrimaryKeySelective(order);
        """);

    assertThat(found).singleElement().satisfies(call ->
        assertThat(call.properties()).containsExactly(new SetProperty("status", null)));
  }

  @Test
  void recordsARowTheMethodLoadsAndChangesOnlyWithSettersAsALoadedRowSettingThem() {
    List<BuiltArgument> found = built("""
            Order loaded = orders.selectByPrimaryKey(1L);
            if (loaded == null || loaded.getStatus() == null) {
              return;
            }
            loaded.setStatus("OPEN");
            orders.updateByPrimaryKeySelective(loaded);
            Order form = orders.selectByPrimaryKey(2L);
            BeanUtils.copyProperties(in, form);
            orders.updateByPrimaryKeySelective(form);
        """);

    assertThat(found).singleElement().satisfies(call -> {
      assertThat(call.loadedRow()).isTrue();
      assertThat(call.properties()).containsExactly(new SetProperty("status", "'OPEN'"));
    });
  }

  @Test
  void recordsNothingForAnEntityFromAParameterOrAConstructorWithArguments() {
    List<BuiltArgument> found = built("""
            orders.updateByPrimaryKeySelective(in);
            Order filled = new Order(1L, note);
            filled.setStatus("OPEN");
            orders.updateByPrimaryKeySelective(filled);
        """);

    assertThat(found).isEmpty();
  }

  @Test
  void recordsNothingForAnEntityHandedToOtherCodeOrReassignedBeforeTheCall() {
    List<BuiltArgument> found = built("""
            Order copied = new Order();
            BeanUtils.copyProperties(in, copied);
            orders.updateByPrimaryKeySelective(copied);
            Order replaced = new Order();
            replaced = in;
            orders.updateByPrimaryKeySelective(replaced);
        """);

    assertThat(found).isEmpty();
  }

  @Test
  void recordsNothingForCallsOnLocalsThatAreNoMapper() {
    List<BuiltArgument> found = built("""
            java.util.List<Order> list = new java.util.ArrayList<>();
            Order order = new Order();
            order.setStatus("OPEN");
            list.add(order);
        """);

    assertThat(found).isEmpty();
  }
}
