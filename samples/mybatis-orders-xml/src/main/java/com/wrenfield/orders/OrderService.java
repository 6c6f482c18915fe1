package com.wrenfield.orders;

import com.wrenfield.orders.mapper.OrderLineMapper;
import com.wrenfield.orders.mapper.OrderMapper;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class OrderService {

  private final OrderMapper orders;
  private final OrderLineMapper lines;

  public OrderService(OrderMapper orders, OrderLineMapper lines) {
    this.orders = orders;
    this.lines = lines;
  }

  /** The edit form: a stale version updates nothing, and the desk shows a conflict. */
  public void save(Order order) {
    if (orders.update(order) == 0) {
      throw new OrderConflictException(order.id());
    }
  }

  public void changeNote(long id, String note) {
    orders.updateNote(id, note);
  }

  public void changeStatus(long id, String status, Integer version) {
    if (orders.changeStatus(id, status, version) == 0) {
      throw new OrderConflictException(id);
    }
  }

  public void cancel(long id, int version) {
    orders.cancel(id, version);
    lines.deleteLines(id, List.of());
  }

  public void delete(long id) {
    orders.deleteById(id);
  }

  public void putLine(OrderLine line) {
    lines.upsertLine(line);
  }

  /** The line editor sends back the version it showed. */
  public void changeQuantity(long lineId, int quantity, int version) {
    if (lines.changeQuantity(lineId, quantity, version) == 0) {
      throw new OrderConflictException(lineId);
    }
  }
}
