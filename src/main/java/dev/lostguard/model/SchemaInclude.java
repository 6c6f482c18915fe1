package dev.lostguard.model;

/**
 * A changelog's reference to another schema file whose changes apply at that point: Liquibase
 * {@code include}, {@code includeAll} (a folder) or {@code sqlFile}. The scan follows these to order
 * schema changes the way the master changelog does.
 *
 * @param target the path as written ({@code changes/002.xml}, {@code db/changelog/changes/})
 * @param relativeToFile whether {@code target} is relative to the including file's folder; otherwise it
 *     is relative to the classpath, i.e. a resources folder of the project
 * @param folder {@code includeAll}: every changelog under the folder, in path order
 * @param position how many of the including file's own schema changes come before the included ones
 * @param location the include element
 */
public record SchemaInclude(String target, boolean relativeToFile, boolean folder, int position, Location location) {}
