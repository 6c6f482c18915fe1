package com.heronfield.exams.service;

public interface BaseService<T> {

  int updateById(T record);

  int updateByIdFilter(T record);

  int deleteById(Integer id);

  T selectById(Integer id);
}
