package com.saltmarsh.tickets.tickets;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.CONFLICT)
public class TicketConflictException extends RuntimeException {

  public TicketConflictException(long id) {
    super("ticket " + id + " was changed by someone else; reload it");
  }
}
