package dev.lostguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** How every JSON format of lostguard looks on the page, so that they all diff and read alike. */
final class JsonOutput {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private JsonOutput() {}

  /** A generator on {@code out} that leaves it open, with the shared layout. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(prettyPrinter());
    return json;
  }

  /** Writes a tree in the shared layout, then the final newline, and flushes. */
  static void write(JsonNode tree, Writer out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      MAPPER.writeTree(json, tree);
    }
    out.write('\n');
    out.flush();
  }

  /** A new, empty object: documents built from it keep their keys in insertion order. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new, empty array. */
  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Two-space indent, {@code "key": value}, {@code []} for empty arrays, {@code \n} on every platform. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
