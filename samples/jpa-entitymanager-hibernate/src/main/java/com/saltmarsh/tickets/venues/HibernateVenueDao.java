package com.saltmarsh.tickets.venues;

import org.hibernate.SessionFactory;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
public class HibernateVenueDao {

  private final SessionFactory sessionFactory;

  public HibernateVenueDao(SessionFactory sessionFactory) {
    this.sessionFactory = sessionFactory;
  }

  public Venue find(long id) {
    return sessionFactory.getCurrentSession().get(Venue.class, id);
  }

  /** The whole venue as the client sent it: Session.update overwrites the row. */
  public void update(Venue venue) {
    sessionFactory.getCurrentSession().update(venue);
  }

  public void addNote(long venueId, String text) {
    VenueNote note = new VenueNote(venueId, text);
    sessionFactory.getCurrentSession().persist(note);
  }
}
