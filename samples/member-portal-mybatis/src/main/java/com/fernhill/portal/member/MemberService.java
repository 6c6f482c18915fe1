package com.fernhill.portal.member;

public class MemberService {

  private final MemberMapper members;

  public MemberService(MemberMapper members) {
    this.members = members;
  }

  public void updateProfile(long memberId, ProfileForm form) {
    Member member = new Member();
    member.setId(memberId);
    member.setNickname(form.getNickname());
    member.setAvatarUrl(form.getAvatarUrl());
    member.setGender(form.getGender());
    members.updateProfile(member);
  }

  public void updateBio(long memberId, String bio) {
    members.updateBio(memberId, bio);
  }

  public void assignSegment(SegmentForm form) {
    members.assignSegment(form.getMemberIds(), form.getSegmentId());
  }

  public void updateByStaff(long id, Member form) {
    form.setId(id);
    members.updateByStaff(form);
  }
}
