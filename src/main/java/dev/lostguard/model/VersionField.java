package dev.lostguard.model;

/**
 * An entity's {@code @Version} field.
 *
 * @param column the mapped column, lower-case ({@code @Column(name)} or the snake_case of the field)
 * @param annotation where {@code @Version} is written
 */
public record VersionField(String field, String column, String type, TypeCategory category, Location annotation) {}
