package com.brightwater.recipes.recipe;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A Spring Data JDBC aggregate: save() compares the version this object carries. */
@Table("recipe")
public class Recipe {

  @Id
  private Long id;
  private String title;
  private String instructions;
  private int servings;
  @Version
  private Long version;

  public Long getId() { return id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getInstructions() { return instructions; }
  public void setInstructions(String instructions) { this.instructions = instructions; }
  public int getServings() { return servings; }
  public void setServings(int servings) { this.servings = servings; }
  public Long getVersion() { return version; }
  public void setVersion(Long version) { this.version = version; }
}
