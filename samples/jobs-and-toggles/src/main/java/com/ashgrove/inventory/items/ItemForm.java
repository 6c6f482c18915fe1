package com.ashgrove.inventory.items;

/** The item edit form; {@code version} is a hidden field filled from the item the page showed. */
public record ItemForm(String name, String description, String binLocation, int reorderLevel, long version) {}
