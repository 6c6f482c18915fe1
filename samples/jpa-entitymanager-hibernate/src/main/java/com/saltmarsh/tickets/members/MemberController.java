package com.saltmarsh.tickets.members;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/members")
public class MemberController {

  private final MemberService members;

  public MemberController(MemberService members) {
    this.members = members;
  }

  @PostMapping("/{id}/login")
  public void login(@PathVariable long id) {
    members.recordLogin(id);
  }

  @PostMapping("/{id}/ping")
  public void ping(@PathVariable long id) {
    members.ping(id);
  }
}
