package com.wrenfield.orders.mapper;

import com.wrenfield.orders.Shipment;
import com.wrenfield.orders.ShipmentExample;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** MyBatis Generator output for table {@code shipments}; the tracking update and the criteria read are used;
 * the routing commands below the generated methods are hand-written. */
@Mapper
public interface ShipmentMapper {

  int deleteByPrimaryKey(Long id);

  int insert(Shipment row);

  Shipment selectByPrimaryKey(Long id);

  List<Shipment> selectByExample(ShipmentExample example);

  int updateByPrimaryKeySelective(Shipment row);

  int updateByPrimaryKey(Shipment row);

  int updateRouting(@Param("id") Long id, @Param("carrier") String carrier, @Param("trackingNo") String trackingNo,
      @Param("status") String status);

  int assignCarrier(@Param("id") Long id, @Param("carrier") String carrier, @Param("trackingNo") String trackingNo,
      @Param("status") String status);
}
