package dev.lostguard.xml;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.MapperFacts;
import dev.lostguard.model.GeneratorMarks;
import dev.lostguard.model.MapperNode;
import dev.lostguard.model.MapperStatement;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SourceRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The XML front-end for one file: a MyBatis mapper ({@code <mapper namespace=...>} as the document
 * element) gives its {@code <sql>} fragments and its statements, still as dynamic-SQL trees; any other
 * XML (Spring configuration, a POM, a changelog) gives nothing and is not even parsed. A mapper that does
 * not parse, or that is hostile, is one located {@code parse-xml} error.
 */
public final class MapperFileAnalyzer {

  private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

  private static final GeneratorMarks GENERATOR = GeneratorMarks.builtIn();

  /**
   * Whether the text (empty when the file was too large or binary to read) is a mapper. Other XML is
   * none of lostguard's business: not even its size or encoding is worth a diagnostic.
   */
  /**
   * Text that the first bytes of every mapper hold (its DOCTYPE or root element names it), for a look
   * before the file is read whole.
   */
  public static final String HEAD_MARK = "mapper";

  public static boolean isMapper(Optional<String> text) {
    return text.isPresent() && MapperSniff.isMapper(text.get());
  }

  public FileFacts analyze(String path, String text, SourceRole role) {
    if (!MapperSniff.isMapper(text)) {
      return FileFacts.ofMapper(path, role, 0, List.of(), List.of());
    }
    MapperNode.Element root;
    try {
      root = SafeXml.parse(text);
    } catch (SafeXml.Failure e) {
      return FileFacts.ofMapper(
          path, role, 0, List.of(),
          List.of(ProcessingError.of(
              ErrorKind.PARSE_XML, path, e.line() > 0 ? e.line() : null, "could not parse XML: " + e.getMessage())));
    }
    Map<String, MapperNode.Element> fragments = new LinkedHashMap<>();
    List<MapperStatement> statements = new ArrayList<>();
    for (MapperNode child : root.children()) {
      if (!(child instanceof MapperNode.Element element)) {
        continue;
      }
      String name = element.name().toLowerCase(Locale.ROOT);
      String id = element.attribute("id", "");
      if (name.equals("sql") && !id.isEmpty()) {
        fragments.putIfAbsent(id, element);
      } else if (STATEMENTS.contains(name)) {
        Location location =
            new Location(path, element.line(), element.column(), element.endLine(), element.endColumn());
        statements.add(new MapperStatement(id, name, location, element, GENERATOR.generated(id, element)));
      }
    }
    MapperFacts mapper =
        new MapperFacts(path, role, root.attribute("namespace", "").strip(), Map.copyOf(fragments), List.copyOf(statements));
    return FileFacts.ofMapper(path, role, statements.size(), List.of(mapper), List.of());
  }
}
