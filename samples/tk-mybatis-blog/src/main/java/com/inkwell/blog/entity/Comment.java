package com.inkwell.blog.entity;

public class Comment {

  private Long id;
  private Long articleId;
  private String body;
  private Boolean approved;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getArticleId() { return articleId; }
  public void setArticleId(Long articleId) { this.articleId = articleId; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public Boolean getApproved() { return approved; }
  public void setApproved(Boolean approved) { this.approved = approved; }
}
