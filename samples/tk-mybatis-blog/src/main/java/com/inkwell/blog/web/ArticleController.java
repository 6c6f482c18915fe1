package com.inkwell.blog.web;

import com.inkwell.blog.service.ArticleService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editor's article actions (the edit form itself posts to /articles/{id}). */
@RestController
@RequestMapping("/articles")
public class ArticleController {

  private final ArticleService articles;

  public ArticleController(ArticleService articles) {
    this.articles = articles;
  }

  @PostMapping("/{id}")
  public void edit(@PathVariable Long id, @RequestParam String title, @RequestParam String content,
      @RequestParam Integer version) {
    articles.edit(id, title, content, version);
  }

  @PostMapping("/{id}/summary")
  public void summarise(@PathVariable Long id, @RequestParam String summary, @RequestParam Integer version) {
    articles.summarise(id, summary, version);
  }

  @PostMapping("/{id}/title")
  public void retitle(@PathVariable Long id, @RequestParam String title) {
    articles.retitle(id, title);
  }

  @PostMapping("/drafts/archive")
  public int archiveDrafts() {
    return articles.archiveDrafts();
  }
}
