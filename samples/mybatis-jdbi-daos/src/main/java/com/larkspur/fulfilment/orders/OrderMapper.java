package com.larkspur.fulfilment.orders;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

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
}
