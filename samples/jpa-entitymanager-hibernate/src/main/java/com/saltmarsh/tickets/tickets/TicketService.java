package com.saltmarsh.tickets.tickets;

import com.saltmarsh.tickets.tickets.TicketForms.ReassignForm;
import com.saltmarsh.tickets.tickets.TicketForms.TicketForm;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class TicketService {

  private final EntityManager em;
  private final TicketRepository tickets;

  public TicketService(EntityManager em, TicketRepository tickets) {
    this.em = em;
    this.tickets = tickets;
  }

  /** Opening a ticket "reserves" it by bumping its version: every open edit form is now stale. */
  public Ticket show(long id) {
    // ruleid: version-bumped-on-read
    return em.find(Ticket.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  public Ticket showLocked(long id) {
    return tickets.findLockedById(id).orElseThrow();
  }

  /** Bumping a force increment before a change is deliberate: a write path reaches it. */
  public Ticket claim(long id) {
    // ok: version-bumped-on-read
    Ticket ticket = em.find(Ticket.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    ticket.setStatus(TicketStatus.WAITING);
    return ticket;
  }

  @Transactional(readOnly = true)
  public Long versionOf(long id) {
    return tickets.findById(id).orElseThrow().getVersion();
  }

  /** A view counter on the versioned row: each view increments the version too. */
  public int recordView(long id) {
    Ticket ticket = tickets.findById(id).orElseThrow();
    // ruleid: version-bumped-on-read
    ticket.setViewCount(ticket.getViewCount() + 1);
    return ticket.getViewCount();
  }

  /** No save call: the commit flushes the copied form over whatever was saved since the page loaded. */
  public Ticket update(long id, TicketForm form) {
    Ticket ticket = em.find(Ticket.class, id);
    ticket.setTitle(form.title());
    ticket.setDescription(form.description());
    return ticket;
  }

  public Ticket rename(long id, String title) {
    Ticket ticket = tickets.findById(id).orElseThrow();
    ticket.setTitle(title);
    return ticket;
  }

  public Ticket changeStatus(long id, TicketStatus status) {
    Ticket ticket = tickets.findById(id).orElseThrow();
    ticket.setStatus(status);
    return ticket;
  }

  /** The page's detached copy carries its version: merge makes Hibernate compare it. */
  public Ticket reassign(ReassignForm form) {
    Ticket detached = form.toTicket();
    return em.merge(detached);
  }

  public Ticket describe(long id, DescriptionForm form) {
    Ticket ticket = tickets.findById(id).orElseThrow();
    // ruleid: version-compared-by-reference
    if (ticket.getVersion() != form.getVersion()) {
      throw new TicketConflictException(id);
    }
    ticket.setDescription(form.getDescription());
    return ticket;
  }
}
