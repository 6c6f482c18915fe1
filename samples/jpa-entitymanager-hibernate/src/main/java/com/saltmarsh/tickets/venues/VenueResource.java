package com.saltmarsh.tickets.venues;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;

@Path("/venues")
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {

  private final HibernateVenueDao venues;

  public VenueResource(HibernateVenueDao venues) {
    this.venues = venues;
  }

  @GET
  @Path("/{id}")
  public Response show(@PathParam("id") long id) {
    Venue venue = venues.find(id);
    return Response.ok(venue).tag(tagOf(venue)).build();
  }

  /** Evaluates the precondition and throws the answer away. */
  @PUT
  @Path("/{id}")
  // ruleid: write-endpoint-without-precondition
  public Response replace(@PathParam("id") long id, Venue venue, @Context Request request) {
    request.evaluatePreconditions(tagOf(venues.find(id)));
    venues.update(venue);
    return Response.noContent().build();
  }

  /** Checks the precondition only after the write has happened. */
  @PUT
  @Path("/{id}/address")
  // ruleid: write-endpoint-without-precondition
  public Response moveTo(@PathParam("id") long id, Venue venue, @Context Request request) {
    EntityTag before = tagOf(venues.find(id));
    venues.update(venue);
    ResponseBuilder stale = request.evaluatePreconditions(before);
    if (stale != null) {
      return stale.build();
    }
    return Response.noContent().build();
  }

  /** A weak tag cannot answer If-Match, which needs the strong comparison. */
  @PUT
  @Path("/{id}/capacity")
  // ruleid: write-endpoint-without-precondition
  public Response resize(@PathParam("id") long id, Venue venue, @Context Request request) {
    Venue current = venues.find(id);
    ResponseBuilder stale = request.evaluatePreconditions(new EntityTag(Integer.toString(current.getCapacity()), true));
    if (stale != null) {
      return stale.build();
    }
    venues.update(venue);
    return Response.noContent().build();
  }

  @PUT
  @Path("/{id}/name")
  // ok: write-endpoint-without-precondition
  public Response rename(@PathParam("id") long id, Venue venue, @Context Request request) {
    ResponseBuilder stale = request.evaluatePreconditions(tagOf(venues.find(id)));
    if (stale != null) {
      return stale.build();
    }
    venues.update(venue);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/notes")
  public Response note(@PathParam("id") long id, String text) {
    venues.addNote(id, text);
    return Response.noContent().build();
  }

  private static EntityTag tagOf(Venue venue) {
    return new EntityTag(Integer.toHexString(
        (venue.getName() + "|" + venue.getAddress() + "|" + venue.getCapacity()).hashCode()));
  }
}
