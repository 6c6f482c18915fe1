package com.brightwater.recipes.review;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("review")
public class Review {

  @Id
  private String id;
  private String recipeId;
  private String author;
  private String text;
  private boolean hidden;
  private boolean flagged;
  @Version
  private Long version;

  public String getId() { return id; }
  public String getText() { return text; }
  public Long getVersion() { return version; }
}
