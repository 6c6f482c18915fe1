package com.inkwell.blog.web;

import com.inkwell.blog.entity.Comment;
import com.inkwell.blog.service.CommentService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/comments")
public class CommentController {

  private final CommentService commentService;

  public CommentController(CommentService commentService) {
    this.commentService = commentService;
  }

  @PutMapping("/{id}")
  // ruleid: write-endpoint-without-precondition
  public void moderate(@PathVariable Long id, @RequestBody Comment form) {
    form.setId(id);
    commentService.moderate(form);
  }
}
