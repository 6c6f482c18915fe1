package dev.lostguard.model;

import java.util.List;
import java.util.Map;

/**
 * A MyBatis XML mapper ({@code <mapper namespace=...>}) as one file declares it.
 *
 * @param namespace the mapper interface's qualified name, by MyBatis convention
 * @param fragments {@code <sql id=...>} fragments by their local id
 * @param statements in document order
 */
public record MapperFacts(
    String path,
    SourceRole role,
    String namespace,
    Map<String, MapperNode.Element> fragments,
    List<MapperStatement> statements) {}
