package com.larkspur.fulfilment.shipping;

/** A parcel on its way; {@code version} guards edits from the dispatch screen and the carrier feed. */
public record Shipment(
    long id, long orderId, String carrier, String trackingNo, String address, String deliveryWindow, int version) {}
