package com.saltmarsh.tickets.tickets;

import com.saltmarsh.tickets.tickets.TicketForms.ReassignForm;
import com.saltmarsh.tickets.tickets.TicketForms.StatusForm;
import com.saltmarsh.tickets.tickets.TicketForms.TicketForm;
import com.saltmarsh.tickets.tickets.TicketForms.TitleForm;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/tickets")
public class TicketController {

  private final TicketService tickets;

  public TicketController(TicketService tickets) {
    this.tickets = tickets;
  }

  @GetMapping("/{id}")
  public Ticket show(@PathVariable long id) {
    return tickets.show(id);
  }

  @GetMapping("/{id}/locked")
  public Ticket showLocked(@PathVariable long id) {
    return tickets.showLocked(id);
  }

  @GetMapping("/{id}/views")
  public int views(@PathVariable long id) {
    return tickets.recordView(id);
  }

  @PostMapping("/{id}/claim")
  public Ticket claim(@PathVariable long id) {
    return tickets.claim(id);
  }

  // The ShallowEtagHeaderFilter in WebConfig answers conditional GETs; it checks no If-Match here.
  @PutMapping("/{id}")
  // ok: conflict-swallowed
  // ruleid: client-version-dropped, write-endpoint-without-precondition
  public Ticket update(@PathVariable long id, @RequestBody TicketForm form) {
    return tickets.update(id, form);
  }

  /** If-Match is optional: a client that omits it is never checked. */
  @PatchMapping("/{id}/title")
  // ruleid: client-version-dropped, write-endpoint-without-precondition
  public Ticket rename(@PathVariable long id, @RequestBody TitleForm form,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    if (ifMatch != null && !ifMatch.equals("\"" + tickets.versionOf(id) + "\"")) {
      throw new TicketConflictException(id);
    }
    return tickets.rename(id, form.title());
  }

  /** A one-field status change, guarded by a required, strong If-Match. */
  @PatchMapping("/{id}/status")
  // ok: client-version-dropped, write-endpoint-without-precondition
  public Ticket changeStatus(@PathVariable long id, @RequestBody StatusForm form,
      @RequestHeader("If-Match") String ifMatch) {
    return tickets.changeStatus(id, form.status());
  }

  @PutMapping("/{id}/assignee")
  // ok: client-version-dropped, write-endpoint-without-precondition
  public Ticket reassign(@PathVariable long id, @RequestBody ReassignForm form) {
    return tickets.reassign(form);
  }

  @PutMapping("/{id}/description")
  // ok: client-version-dropped, write-endpoint-without-precondition
  public Ticket describe(@PathVariable long id, @RequestBody DescriptionForm form) {
    return tickets.describe(id, form);
  }
}
