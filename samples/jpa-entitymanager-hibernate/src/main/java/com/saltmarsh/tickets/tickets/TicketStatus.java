package com.saltmarsh.tickets.tickets;

public enum TicketStatus {
  OPEN,
  WAITING,
  CLOSED
}
