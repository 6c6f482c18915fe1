package com.thornbury.members;

public class Member {
  private long id;
  private String displayName;
  private String email;
  private String tier;
  private int version;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getTier() { return tier; }
  public void setTier(String tier) { this.tier = tier; }
  public int getVersion() { return version; }
  public void setVersion(int version) { this.version = version; }
}
