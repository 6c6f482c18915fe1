package com.fernhill.portal.web;

import com.fernhill.portal.member.CareNoteForm;
import com.fernhill.portal.member.Member;
import com.fernhill.portal.member.MemberService;
import com.fernhill.portal.member.SegmentForm;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Support staff edit any member: the route names the member. */
@RestController
public class StaffMemberController {

  private final MemberService members;

  public StaffMemberController(MemberService members) {
    this.members = members;
  }

  @PutMapping("/api/staff/members/segment")
  // ok: write-endpoint-without-precondition
  public void assignSegment(@RequestBody SegmentForm form) {
    members.assignSegment(form);
  }

  @PutMapping("/api/staff/members/{id}")
  // ruleid: write-endpoint-without-precondition
  public void update(@PathVariable long id, @LoginUser Long staffId, @RequestBody Member form) {
    members.updateByStaff(id, form);
  }

  @PutMapping("/api/staff/members/{id}/care-note")
  // ok: write-endpoint-without-precondition
  public void updateCareNote(@PathVariable long id, @RequestBody CareNoteForm form) {
    members.updateCareNote(id, form);
  }
}
