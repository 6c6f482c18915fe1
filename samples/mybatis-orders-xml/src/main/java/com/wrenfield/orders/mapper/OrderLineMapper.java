package com.wrenfield.orders.mapper;

import com.wrenfield.orders.OrderLine;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements in {@code mappers/OrderLineMapper.xml}. */
@Mapper
public interface OrderLineMapper {

  int upsertLine(OrderLine line);

  int changeQuantity(@Param("id") long id, @Param("quantity") int quantity, @Param("version") int version);

  int deleteLines(@Param("orderId") long orderId, @Param("ids") List<Long> ids);
}
