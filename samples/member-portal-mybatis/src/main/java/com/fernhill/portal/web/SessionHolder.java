package com.fernhill.portal.web;

/** The member id the authentication filter put on this request's thread. */
public final class SessionHolder {

  private static final ThreadLocal<Long> MEMBER = new ThreadLocal<>();

  private SessionHolder() {}

  public static void set(Long memberId) {
    MEMBER.set(memberId);
  }

  public static Long getMemberId() {
    return MEMBER.get();
  }
}
