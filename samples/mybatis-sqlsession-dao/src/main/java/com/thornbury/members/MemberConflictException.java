package com.thornbury.members;

public class MemberConflictException extends RuntimeException {
  public MemberConflictException(long id) {
    super("member " + id + " was changed by someone else");
  }
}
