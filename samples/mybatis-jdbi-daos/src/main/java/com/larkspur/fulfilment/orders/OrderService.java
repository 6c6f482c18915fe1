package com.larkspur.fulfilment.orders;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class OrderService {

  private final OrderMapper orders;

  public OrderService(OrderMapper orders) {
    this.orders = orders;
  }

  public void save(Order order) {
    if (orders.updateChecked(order) == 0) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "order " + order.id() + " changed; reload it");
    }
  }

  /** The notes panel. */
  public void changeNote(Order order) {
    orders.updateNote(order);
  }

  public void cancelDraft(long id) {
    orders.deleteDraft(id);
  }

  /** Still called by the old console. */
  public void saveLegacy(Order order) {
    orders.updateStatusAndNote(order);
  }
}
