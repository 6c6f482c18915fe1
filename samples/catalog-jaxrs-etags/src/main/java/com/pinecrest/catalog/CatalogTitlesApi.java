package com.pinecrest.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

/** The copy desk's title endpoint, declared on an interface that the client library shares. */
@Path("/items/{id}/title")
@Consumes(MediaType.APPLICATION_JSON)
public interface CatalogTitlesApi {

  @PUT
  void rename(@PathParam("id") long id, TitleChange change);
}
