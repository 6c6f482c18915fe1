package dev.lostguard.model;

/**
 * A type parameter a class or interface declares, with its first bound: {@code M extends CRUDMapper}
 * in {@code BaseCRUDService<E extends BaseEntity, M extends CRUDMapper>}.
 *
 * @param bound the first bound, or null when it has none
 */
public record TypeParameter(String name, TypeRef bound) {}
