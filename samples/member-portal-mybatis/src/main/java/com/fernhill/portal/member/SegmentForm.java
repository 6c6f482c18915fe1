package com.fernhill.portal.member;

import java.util.List;

public class SegmentForm {
  private List<Long> memberIds;
  private Long segmentId;

  public List<Long> getMemberIds() { return memberIds; }
  public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds; }
  public Long getSegmentId() { return segmentId; }
  public void setSegmentId(Long segmentId) { this.segmentId = segmentId; }
}
