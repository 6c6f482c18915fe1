package com.fernhill.portal.member;

import java.time.LocalDateTime;

/** The staff's care note on a member, with the member's last-modified time as the staff's copy had it. */
public class CareNoteForm {
  private String remark;
  private Integer level;
  private LocalDateTime updateTime;

  public String getRemark() { return remark; }
  public void setRemark(String remark) { this.remark = remark; }
  public Integer getLevel() { return level; }
  public void setLevel(Integer level) { this.level = level; }
  public LocalDateTime getUpdateTime() { return updateTime; }
  public void setUpdateTime(LocalDateTime updateTime) { this.updateTime = updateTime; }
}
