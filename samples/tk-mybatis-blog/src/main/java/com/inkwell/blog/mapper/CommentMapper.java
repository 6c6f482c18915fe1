package com.inkwell.blog.mapper;

import com.inkwell.blog.entity.Comment;

/** Written by MyBatis Generator: same method names as tk's, but the SQL is in CommentMapper.xml. */
public interface CommentMapper {

  Comment selectByPrimaryKey(Long id);

  int updateByPrimaryKeySelective(Comment record);
}
