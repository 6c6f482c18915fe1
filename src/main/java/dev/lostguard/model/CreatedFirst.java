package dev.lostguard.model;

/**
 * A call on a repository, DAO or service that always runs after a creating call on the same receiver
 * in the same method ({@code id = inboxDao.insert(entry); inboxDao.updateCrc32(id, crc)}): not in
 * another branch of an {@code if}, but later in the block the creating call stands in, or in a block
 * within it.
 *
 * @param location the later call's name
 * @param method the method both calls are written in
 * @param name the later call's method name
 */
public record CreatedFirst(Location location, MethodRef method, String name) implements CodePattern {}
