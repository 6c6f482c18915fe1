package com.fernhill.portal.address;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AddressMapper {

  @Select("SELECT id, member_id, receiver, phone, street FROM member_address WHERE id = #{id} AND member_id = #{memberId}")
  Address findOwned(@Param("id") long id, @Param("memberId") long memberId);

  // Only the member who owns the address reaches this save: the body names the address (its id), but
  // AddressController looks it up with the logged-in member and refuses when that finds nothing.
  // ok: unversioned-table-update
  @Update("UPDATE member_address SET receiver = #{receiver}, phone = #{phone}, street = #{street} WHERE id = #{id}")
  int update(Address address);
}
