package com.saltmarsh.tickets.members;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;

@Entity
// ok: entity-without-version
public class Member {

  @Id private Long id;

  private String displayName;

  private Instant lastLogin;

  /** Presence pings must not make profile edits stale. */
  @OptimisticLock(excluded = true)
  private Instant lastSeen;

  // ok: timestamp-as-version
  @Version
  private long version;

  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Instant getLastLogin() {
    return lastLogin;
  }

  public void setLastLogin(Instant lastLogin) {
    this.lastLogin = lastLogin;
  }

  public Instant getLastSeen() {
    return lastSeen;
  }

  public void setLastSeen(Instant lastSeen) {
    this.lastSeen = lastSeen;
  }

  public long getVersion() {
    return version;
  }
}
