package dev.lostguard.model;

/**
 * Code that switches on a framework's own optimistic locking for the whole project: MyBatis-Plus's
 * {@code OptimisticLockerInnerInterceptor} (or the legacy {@code OptimisticLockerInterceptor}) created
 * in a configuration, jOOQ's {@code Settings.withExecuteWithOptimisticLocking(true)}. Without it, the
 * framework ignores the version and its generated writes are unguarded.
 */
public record LockingSetting(MappedWrite.Framework framework, Location location, MethodRef method)
    implements CodePattern {}
