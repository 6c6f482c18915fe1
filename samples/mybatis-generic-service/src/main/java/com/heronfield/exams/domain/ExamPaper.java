package com.heronfield.exams.domain;

public class ExamPaper {
  private Integer id;
  private String name;
  private Integer subjectId;
  private Integer score;
  private String notes;

  public Integer getId() { return id; }
  public void setId(Integer id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Integer getSubjectId() { return subjectId; }
  public void setSubjectId(Integer subjectId) { this.subjectId = subjectId; }
  public Integer getScore() { return score; }
  public void setScore(Integer score) { this.score = score; }
  public String getNotes() { return notes; }
  public void setNotes(String notes) { this.notes = notes; }
}
