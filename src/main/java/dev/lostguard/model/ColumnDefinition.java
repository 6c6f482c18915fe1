package dev.lostguard.model;

/**
 * A column as DDL declares it.
 *
 * @param name lower-case, unquoted
 * @param type the declared type as written, or {@code null} when none is known
 * @param location the column's line in its {@code CREATE TABLE} or {@code ALTER TABLE}
 */
public record ColumnDefinition(String name, String type, TypeCategory category, Location location) {}
