package com.wrenfield.orders;

public record Shipment(Long id, Long orderId, String carrier, String trackingNo, String status) {}
