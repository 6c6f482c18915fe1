package com.fernhill.portal.member;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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

  /** Refuses the note when the member changed since the staff's copy was read. */
  public void updateCareNote(long id, CareNoteForm form) {
    Member stored = members.findById(id);
    assertUnchangedSince(stored, form);
    members.updateCareNote(id, form.getRemark(), form.getLevel());
  }

  private static void assertUnchangedSince(Member stored, CareNoteForm form) {
    if (!Objects.equals(stored.getUpdateTime(), form.getUpdateTime())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "the member changed since you opened it");
    }
  }
}
