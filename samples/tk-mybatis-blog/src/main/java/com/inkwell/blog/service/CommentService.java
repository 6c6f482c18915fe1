package com.inkwell.blog.service;

import com.inkwell.blog.entity.Comment;
import com.inkwell.blog.mapper.CommentMapper;
import org.springframework.stereotype.Service;

@Service
public class CommentService {

  private final CommentMapper commentMapper;

  public CommentService(CommentMapper commentMapper) {
    this.commentMapper = commentMapper;
  }

  /** The moderation form's comment, saved through the generated XML statement. */
  public void moderate(Comment form) {
    commentMapper.updateByPrimaryKeySelective(form);
  }
}
