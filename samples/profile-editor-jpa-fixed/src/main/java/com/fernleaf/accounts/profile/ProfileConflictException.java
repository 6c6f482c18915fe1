package com.fernleaf.accounts.profile;

/** The client edited a profile at a version that is no longer current. */
public class ProfileConflictException extends RuntimeException {

  private final long profileId;

  public ProfileConflictException(long profileId, Long clientVersion, Long currentVersion) {
    super("profile " + profileId + " was changed (version " + currentVersion + ") since you loaded version "
        + clientVersion + "; reload and apply your edit again");
    this.profileId = profileId;
  }

  public long profileId() {
    return profileId;
  }
}
