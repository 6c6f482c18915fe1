package dev.lostguard.model;

import java.util.List;
import java.util.Set;

/**
 * Code that refuses to go on unless the record belongs to whoever calls (or that sets the key of the
 * record it writes to whoever calls, {@code form.setUserId(userId)}): an {@code if} that compares a
 * record's owner (or the id the request names) with the logged-in user and throws or returns
 * ({@code if (!address.getUserId().equals(userId)) return badArgument();}, {@code if (!id.equals(
 * user.getId())) throw ..}). Whether the other side is the logged-in user is decided with the project's
 * call facts ({@link OwnRecords#checksOwner}): the names it reads, and the lines where its value is
 * computed (the condition, and the initializer of a local it reads).
 *
 * @param location the condition
 * @param method the method holding it
 * @param names the identifiers the comparison (or the lookup's arguments) reads
 * @param lines the lines of those values: the condition's, and its locals' initializers'
 */
public record OwnerCheck(Location location, MethodRef method, Set<String> names, List<Integer> lines)
    implements CodePattern {}
