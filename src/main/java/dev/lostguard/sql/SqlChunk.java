package dev.lostguard.sql;

/**
 * One statement of a script, as {@link SqlSplitter} cut it.
 *
 * @param text from the first token to the last one, without leading comments or the delimiter
 * @param offset character offset of the first token in the file
 * @param line 1-based line of the first token
 * @param column 1-based column of the first token
 * @param endLine line of the last character of {@code text}
 * @param endColumn column of the last character of {@code text}, inclusive
 */
public record SqlChunk(String text, int offset, int line, int column, int endLine, int endColumn) {}
