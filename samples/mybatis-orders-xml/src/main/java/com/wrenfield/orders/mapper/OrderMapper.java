package com.wrenfield.orders.mapper;

import com.wrenfield.orders.Order;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements in {@code mappers/OrderMapper.xml}. */
@Mapper
public interface OrderMapper {

  Order findById(@Param("id") long id);

  int update(Order order);

  int updateNote(@Param("id") long id, @Param("note") String note);

  int changeStatus(@Param("id") long id, @Param("status") String status, @Param("version") Integer version);

  void cancel(@Param("id") long id, @Param("version") int version);

  int deleteById(@Param("id") long id);
}
