package com.fernhill.portal.web;

import com.fernhill.portal.member.BioForm;
import com.fernhill.portal.member.MemberService;
import com.fernhill.portal.member.ProfileForm;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in member's own profile: the route names no member, the session says whose it is. */
@RestController
@RequestMapping("/api/profile")
public class ProfileController {

  private final MemberService members;

  public ProfileController(MemberService members) {
    this.members = members;
  }

  @PutMapping
  // ok: write-endpoint-without-precondition
  public void update(@LoginUser Long memberId, @RequestBody ProfileForm form) {
    members.updateProfile(memberId, form);
  }

  // The bio is long text: the member's second tab can discard what the first one wrote.
  @PutMapping("/bio")
  // ruleid: write-endpoint-without-precondition
  public void updateBio(@RequestBody BioForm form) {
    members.updateBio(SessionHolder.getMemberId(), form.getBio());
  }
}
