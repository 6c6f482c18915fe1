package com.inkwell.blog.entity;

/** Table blog_tag by tk's default naming; no version column. */
public class BlogTag extends BaseEntity {

  private String name;
  private String description;

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
}
