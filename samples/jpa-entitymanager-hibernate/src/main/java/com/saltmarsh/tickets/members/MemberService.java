package com.saltmarsh.tickets.members;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MemberService {

  private final MemberRepository members;

  public MemberService(MemberRepository members) {
    this.members = members;
  }

  /** Every login bumps the member's version: a profile form opened before it now fails. */
  @Transactional
  public void recordLogin(long id) {
    Member member = members.findById(id).orElseThrow();
    // ruleid: side-effect-write-bumps-version
    member.setLastLogin(Instant.now());
    members.save(member);
  }

  /** lastSeen is excluded from optimistic locking: the ping leaves the version alone. */
  @Transactional
  public void ping(long id) {
    Member member = members.findById(id).orElseThrow();
    // ok: side-effect-write-bumps-version
    member.setLastSeen(Instant.now());
  }

  /** A real edit: bumping the version is right, and the login time rides along. */
  @Transactional
  public void rename(long id, String displayName) {
    Member member = members.findById(id).orElseThrow();
    member.setDisplayName(displayName);
    // ok: side-effect-write-bumps-version
    member.setLastLogin(Instant.now());
    members.save(member);
  }
}
