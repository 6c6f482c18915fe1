package com.larkspur.fulfilment.orders;

import org.apache.ibatis.jdbc.SQL;

/** Statements built with MyBatis's SQL builder for OrderMapper's provider methods. */
public class OrderSqlProvider {

  public String updateNote(Order order) {
    return new SQL() {{
      UPDATE("orders");
      SET("note = #{note}");
      if (order.status() != null) {
        SET("status = #{status}");
      }
      WHERE("id = #{id}");
    }}.toString();
  }

  public String correctTotal(Order order) {
    return new SQL()
        .UPDATE("orders")
        .SET("total = #{total}", "version = version + 1")
        .WHERE("id = #{id}")
        .WHERE("version = #{version}")
        .toString();
  }

  public static String deleteDraft() {
    return "DELETE FROM orders WHERE id = #{id} AND status = 'DRAFT'";
  }
}
