package com.pinecrest.catalog;

/** One row of {@code catalog_item}; {@code version} is what the ETag is made of. */
public record CatalogItem(
    long id, String sku, String title, String description, long priceCents, String currency, long version) {}
