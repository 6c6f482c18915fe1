package com.pinecrest.catalog;

/** A new title for one item; no version travels with it. */
public record TitleChange(String title) {}
