package dev.lostguard.model;

/**
 * A use of {@code LockModeType.OPTIMISTIC_FORCE_INCREMENT} or {@code PESSIMISTIC_FORCE_INCREMENT}
 * (Hibernate's {@code LockMode} too): in a method body ({@code em.find(.., lockMode)}, {@code
 * em.lock}, {@code query.setLockMode}) or in a {@code @Lock} annotation on a repository method. Each
 * one bumps the entity's version when the transaction commits, whether anything changed or not.
 *
 * @param location the lock mode constant
 * @param method the method whose body names it, or the repository method it annotates
 * @param mode the constant's name
 */
public record ForceIncrement(Location location, MethodRef method, String mode) implements CodePattern {}
