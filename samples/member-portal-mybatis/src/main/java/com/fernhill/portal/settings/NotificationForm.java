package com.fernhill.portal.settings;

/** The member's notification switches: whose they are comes from the session. */
public class NotificationForm {
  private Boolean emailOptIn;
  private Boolean smsOptIn;
  private String digest;

  public Boolean getEmailOptIn() { return emailOptIn; }
  public void setEmailOptIn(Boolean emailOptIn) { this.emailOptIn = emailOptIn; }
  public Boolean getSmsOptIn() { return smsOptIn; }
  public void setSmsOptIn(Boolean smsOptIn) { this.smsOptIn = smsOptIn; }
  public String getDigest() { return digest; }
  public void setDigest(String digest) { this.digest = digest; }
}
