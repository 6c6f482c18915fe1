package com.tidewater.orders;

import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class OrderExpiry {

  private static final Logger log = LoggerFactory.getLogger(OrderExpiry.class);

  private final OrderRepository orders;

  OrderExpiry(OrderRepository orders) {
    this.orders = orders;
  }

  @Scheduled(cron = "0 0 2 * * *")
  void expireStaleOrders() {
    for (Order order : orders.findByExpiresAtBefore(Instant.now())) {
      expire(order.getId());
    }
  }

  private void expire(long id) {
    // ok: retry-on-conflict
    for (int attempt = 1; ; attempt++) {
      try {
        Order order = orders.findById(id).orElseThrow();
        order.setStatus("EXPIRED");
        orders.save(order);
        return;
      } catch (ObjectOptimisticLockingFailureException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  void markPrinted(Order order) {
    order.markPrinted();
    // ruleid: retry-on-conflict
    while (true) {
      try {
        orders.save(order);
        break;
      } catch (OptimisticLockException e) {
        log.info("order {} busy, trying again", order.getId());
      }
    }
  }
}
