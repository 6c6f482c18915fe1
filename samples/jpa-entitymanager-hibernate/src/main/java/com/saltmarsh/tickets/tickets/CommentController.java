package com.saltmarsh.tickets.tickets;

import com.saltmarsh.tickets.tickets.CommentDao.CommentForm;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/comments")
public class CommentController {

  private final CommentDao comments;

  public CommentController(CommentDao comments) {
    this.comments = comments;
  }

  @PutMapping("/{id}")
  public CommentForm edit(@PathVariable long id, @RequestBody CommentForm form) {
    return comments.edit(id, form);
  }

  @PutMapping("/{id}/pin")
  public void pin(@PathVariable long id, @RequestBody CommentForm form) {
    comments.pin(id, form);
  }
}
