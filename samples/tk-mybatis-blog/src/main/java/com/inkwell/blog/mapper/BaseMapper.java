package com.inkwell.blog.mapper;

import tk.mybatis.mapper.common.Mapper;
import tk.mybatis.mapper.common.MySqlMapper;

/** The project's common mapper: every table mapper gets tk's generated CRUD through it. */
public interface BaseMapper<T> extends Mapper<T>, MySqlMapper<T> {
}
