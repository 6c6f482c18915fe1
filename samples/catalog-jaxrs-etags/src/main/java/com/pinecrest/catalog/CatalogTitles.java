package com.pinecrest.catalog;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

/** Implements the interface's JAX-RS mapping; the service comes through a provider, per request. */
public class CatalogTitles implements CatalogTitlesApi {

  private final Provider<TitleService> titles;

  @Inject
  public CatalogTitles(Provider<TitleService> titles) {
    this.titles = titles;
  }

  @Override
  // ruleid: write-endpoint-without-precondition
  public void rename(long id, TitleChange change) {
    titles.get().rename(id, change.title());
  }
}
