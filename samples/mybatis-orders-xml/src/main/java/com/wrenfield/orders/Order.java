package com.wrenfield.orders;

import java.math.BigDecimal;

/** An order as the desk loads it; {@code version} travels with the edit form and comes back. */
public record Order(Long id, Long customerId, String status, String note, BigDecimal total, Integer version) {}
