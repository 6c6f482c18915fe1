package com.pinecrest.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {

  /** The editable text of an item; the version travels in the ETag / If-Match headers. */
  public record ItemDetails(String title, String description) {}

  /** The price desk's quick edit. */
  public record PriceChange(long priceCents, String currency) {}

  private final CatalogItemDao items;

  @Inject
  public CatalogResource(CatalogItemDao items) {
    this.items = items;
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") long id) {
    CatalogItem item = items.find(id).orElseThrow(NotFoundException::new);
    return Response.ok(item).tag(etagOf(item)).build();
  }

  /** Editors send {@code If-Match} with the ETag they got: a stale copy gets 412, never a silent overwrite. */
  @PUT
  @Path("/{id}")
  // ok: write-endpoint-without-precondition
  public Response replaceDetails(@PathParam("id") long id, @Context Request request, ItemDetails details) {
    CatalogItem current = items.find(id).orElseThrow(NotFoundException::new);
    Response.ResponseBuilder stale = request.evaluatePreconditions(etagOf(current));
    if (stale != null) {
      return stale.build();
    }
    int written = items.updateDetails(id, details.title(), details.description(), current.version());
    if (written == 0) {
      return Response.status(Response.Status.PRECONDITION_FAILED).build();
    }
    CatalogItem saved = items.find(id).orElseThrow(NotFoundException::new);
    return Response.ok(saved).tag(etagOf(saved)).build();
  }

  /** Forgets the precondition: a price edit made on a stale page overwrites the newer price. */
  @PATCH
  @Path("/{id}/price")
  // ruleid: write-endpoint-without-precondition
  public Response changePrice(@PathParam("id") long id, PriceChange change) {
    items.updatePrice(id, change.priceCents(), change.currency());
    return Response.noContent().build();
  }

  private static EntityTag etagOf(CatalogItem item) {
    return new EntityTag(Long.toString(item.version()));
  }
}
