package com.tidewater.helpdesk;

/** The ticket changed since the agent opened it; the client reloads and merges. */
public class TicketConflictException extends RuntimeException {

  public TicketConflictException(long ticketId, int loadedVersion) {
    super("ticket " + ticketId + " changed since version " + loadedVersion);
  }
}
