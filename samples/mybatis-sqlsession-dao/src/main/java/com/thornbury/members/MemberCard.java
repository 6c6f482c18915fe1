package com.thornbury.members;

public record MemberCard(long id, long memberId, String cardNo, String status) {

  public MemberCard blocked() {
    return new MemberCard(id, memberId, cardNo, "BLOCKED");
  }
}
