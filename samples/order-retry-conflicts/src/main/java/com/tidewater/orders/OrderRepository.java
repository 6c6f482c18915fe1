package com.tidewater.orders;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<Order, Long> {

  List<Order> findByExpiresAtBefore(Instant now);
}
