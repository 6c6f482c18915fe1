package com.saltmarsh.tickets.tickets;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

  /** "Lock it while I look at it": the force increment bumps the version of every ticket viewed. */
  // ruleid: version-bumped-on-read
  @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
  Optional<Ticket> findLockedById(Long id);
}
