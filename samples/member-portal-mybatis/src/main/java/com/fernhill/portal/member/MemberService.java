package com.fernhill.portal.member;

public class MemberService {

  private final MemberMapper members;

  public MemberService(MemberMapper members) {
    this.members = members;
  }

  public void updateProfile(long memberId, Member form) {
    form.setId(memberId);
    members.updateProfile(form);
  }

  public void updateBio(long memberId, String bio) {
    members.updateBio(memberId, bio);
  }

  public void updateByStaff(long id, Member form) {
    form.setId(id);
    members.updateByStaff(form);
  }
}
