package dev.lostguard.model;

/**
 * One {@code <select>}, {@code <insert>}, {@code <update>} or {@code <delete>} of a MyBatis mapper.
 *
 * @param kind the element name, lower-case
 * @param location from the element's {@code <} to the end of its closing tag
 * @param generated MyBatis Generator output: a generator comment inside the element, or one of the
 *     generator's statement ids ({@code updateByPrimaryKeySelective}, {@code deleteByExample}, ...)
 */
public record MapperStatement(
    String id, String kind, Location location, MapperNode.Element element, boolean generated) {}
