package dev.lostguard.model;

import java.util.Set;

/**
 * Where work enters the application: an HTTP handler, a GraphQL mutation, a Spring Data REST
 * repository, a scheduled or message-driven job, an admin command.
 *
 * @param kind {@code http}, {@code graphql}, {@code data-rest}, {@code job} or {@code admin}
 * @param httpMethod {@code GET}, {@code PUT}, ... for HTTP entry points, else null
 * @param route the full route (class and method mappings joined), or the job's trigger
 *     ({@code @Scheduled(cron=...)}, the topic of a listener) when known; null otherwise
 * @param location the handler method's name token
 */
public record EntryPoint(String kind, String httpMethod, String route, MethodRef handler, Location location) {

  /** Kinds where a person submits what gets written: a form, an admin command. */
  private static final Set<String> PEOPLE = Set.of("http", "graphql", "data-rest", "admin");

  /** A person submits what this entry point writes (not a timer, a queue or a device). */
  public boolean actedByPerson() {
    return PEOPLE.contains(kind);
  }

  /** {@code PUT /api/rules/{id}}, {@code job @Scheduled}, as chains start. */
  public String label() {
    if (httpMethod != null) {
      return httpMethod + " " + (route == null ? "/" : route);
    }
    return kind + (route == null ? "" : " " + route);
  }
}
