package com.heronfield.exams.service;

import com.heronfield.exams.repository.BaseMapper;

/** Every entity's service: the subclass hands in its own mapper, typed by the entity. */
public abstract class BaseServiceImpl<T> implements BaseService<T> {

  private final BaseMapper<T> baseMapper;

  protected BaseServiceImpl(BaseMapper<T> baseMapper) {
    this.baseMapper = baseMapper;
  }

  @Override
  public int updateById(T record) {
    return baseMapper.updateByPrimaryKey(record);
  }

  @Override
  public int updateByIdFilter(T record) {
    return baseMapper.updateByPrimaryKeySelective(record);
  }

  @Override
  public int deleteById(Integer id) {
    return baseMapper.deleteByPrimaryKey(id);
  }

  @Override
  public T selectById(Integer id) {
    return baseMapper.selectByPrimaryKey(id);
  }
}
