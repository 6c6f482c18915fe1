package com.harborsupply.pricing;

import java.math.BigDecimal;

/**
 * A quantity-break rule: orders of at least {@code thresholdQty} units of a matching SKU get
 * {@code discountPercent} off. The edit form loads and posts back the whole record, version included.
 */
public record PricingRule(
    long id,
    String name,
    String skuPattern,
    int thresholdQty,
    BigDecimal discountPercent,
    boolean active,
    long usageCount,
    long version) {}
