package com.wrenfield.orders.mapper;

import com.wrenfield.orders.Shipment;
import org.apache.ibatis.annotations.Mapper;

/** MyBatis Generator output for table {@code shipments}; only the tracking update is used. */
@Mapper
public interface ShipmentMapper {

  int deleteByPrimaryKey(Long id);

  int insert(Shipment row);

  Shipment selectByPrimaryKey(Long id);

  int updateByPrimaryKeySelective(Shipment row);

  int updateByPrimaryKey(Shipment row);
}
