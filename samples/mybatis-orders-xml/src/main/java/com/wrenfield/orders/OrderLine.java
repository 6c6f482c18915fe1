package com.wrenfield.orders;

import java.math.BigDecimal;

public record OrderLine(Long id, Long orderId, Long productId, int quantity, BigDecimal price) {}
