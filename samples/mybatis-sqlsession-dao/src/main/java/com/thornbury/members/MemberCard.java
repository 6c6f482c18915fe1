package com.thornbury.members;

public class MemberCard {
  private long id;
  private long memberId;
  private String cardNo;
  private String status;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public long getMemberId() { return memberId; }
  public void setMemberId(long memberId) { this.memberId = memberId; }
  public String getCardNo() { return cardNo; }
  public void setCardNo(String cardNo) { this.cardNo = cardNo; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
}
