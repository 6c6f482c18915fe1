package com.inkwell.blog.web;

import com.inkwell.blog.entity.BlogTag;
import com.inkwell.blog.service.TagService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/tags")
public class TagController {

  private final TagService tagService;

  public TagController(TagService tagService) {
    this.tagService = tagService;
  }

  @PutMapping("/{id}")
  // ruleid: write-endpoint-without-precondition
  public boolean edit(@PathVariable Long id, @RequestBody BlogTag form) {
    form.setId(id);
    return tagService.updateSelective(form);
  }
}
