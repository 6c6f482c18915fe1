package com.fernhill.portal.member;

/** What the profile card sends: no id, the session says whose profile it is. */
public class ProfileForm {
  private String nickname;
  private String avatarUrl;
  private Integer gender;

  public String getNickname() { return nickname; }
  public void setNickname(String nickname) { this.nickname = nickname; }
  public String getAvatarUrl() { return avatarUrl; }
  public void setAvatarUrl(String avatarUrl) { this.avatarUrl = avatarUrl; }
  public Integer getGender() { return gender; }
  public void setGender(Integer gender) { this.gender = gender; }
}
