package com.saltmarsh.tickets.tickets;

/** What the ticket pages send. Only the reassignment form carries the version the page was built from. */
public final class TicketForms {

  private TicketForms() {}

  public record TicketForm(String title, String description) {}

  public record TitleForm(String title) {}

  public record StatusForm(TicketStatus status) {}

  /** A detached copy of the ticket with the version the page showed: merging it lets Hibernate check it. */
  public record ReassignForm(long id, String title, String description, String assignee, Long version) {

    Ticket toTicket() {
      Ticket ticket = new Ticket();
      ticket.setTitle(title);
      ticket.setDescription(description);
      ticket.setAssignee(assignee);
      ticket.setVersion(version);
      return ticket;
    }
  }
}
