package com.inkwell.blog.entity;

import java.util.Date;
import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Transient;
import tk.mybatis.mapper.annotation.Version;

@Table(name = "blog_article")
public class Article {

  @Id
  private Long id;
  private String title;
  private String summary;
  @Column(name = "body")
  private String content;
  private Integer status;
  @Version
  private Integer version;
  private Date updateTime;
  @Transient
  private Integer commentCount;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
  public Integer getStatus() { return status; }
  public void setStatus(Integer status) { this.status = status; }
  public Integer getVersion() { return version; }
  public void setVersion(Integer version) { this.version = version; }
  public Date getUpdateTime() { return updateTime; }
  public void setUpdateTime(Date updateTime) { this.updateTime = updateTime; }
  public Integer getCommentCount() { return commentCount; }
  public void setCommentCount(Integer commentCount) { this.commentCount = commentCount; }
}
