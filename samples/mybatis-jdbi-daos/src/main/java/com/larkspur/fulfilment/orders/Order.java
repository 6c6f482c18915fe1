package com.larkspur.fulfilment.orders;

import java.math.BigDecimal;

/** An order as the support console loads it; {@code version} comes back with the form. */
public record Order(long id, long customerId, String status, String note, BigDecimal total, int version) {}
