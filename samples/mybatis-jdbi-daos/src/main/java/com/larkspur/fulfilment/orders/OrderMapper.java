package com.larkspur.fulfilment.orders;

import org.apache.ibatis.annotations.DeleteProvider;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.UpdateProvider;

@Mapper
public interface OrderMapper {

  @Select("SELECT id, customer_id, status, note, total, version FROM orders WHERE id = #{id}")
  Order findById(@Param("id") long id);

  // The old support console's save: status and note go back as the agent loaded them, so an agent
  // who put an order ON_HOLD can have it flipped back by a colleague's stale form.
  // ruleid: update-without-version-check
  @Update("UPDATE orders SET status = #{status}, note = #{note} WHERE id = #{id}")
  void updateStatusAndNote(Order order);

  // The new console's save: guarded, and OrderService turns 0 rows into a 409.
  // ok: update-without-version-check, rowcount-ignored
  @Update({
    "UPDATE orders SET status = #{status}, note = #{note}, version = version + 1",
    "WHERE id = #{id} AND version = #{version}"
  })
  int updateChecked(Order order);

  // Payment webhook: a compare-and-set on the status.
  // ok: update-without-version-check
  @Update("UPDATE orders SET status = 'PAID' WHERE id = #{id} AND status = 'PENDING'")
  int markPaid(@Param("id") long id);

  // The notes panel builds its statement in OrderSqlProvider: only the id in the WHERE.
  // ruleid: update-without-version-check
  @UpdateProvider(type = OrderSqlProvider.class, method = "updateNote")
  void updateNote(Order order);

  // The invoice correction: the provider's builder checks and bumps the version, OrderService checks the count.
  // ok: update-without-version-check, rowcount-ignored
  @UpdateProvider(type = OrderSqlProvider.class, method = "correctTotal")
  int correctTotal(Order order);

  // Cancelling a draft deletes it by id, whatever changed since the agent opened it.
  // ruleid: delete-without-version-check
  @DeleteProvider(type = OrderSqlProvider.class, method = "deleteDraft")
  int deleteDraft(@Param("id") long id);
}
