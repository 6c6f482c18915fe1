package com.heronfield.exams.repository;

/** The statements every entity's mapper XML declares (MyBatis Generator ids). */
public interface BaseMapper<T> {

  int updateByPrimaryKey(T record);

  int updateByPrimaryKeySelective(T record);

  int deleteByPrimaryKey(Integer id);

  T selectByPrimaryKey(Integer id);
}
