package com.fernhill.portal.member;

public class BioForm {
  private String bio;

  public String getBio() { return bio; }
  public void setBio(String bio) { this.bio = bio; }
}
