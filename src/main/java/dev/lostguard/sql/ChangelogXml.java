package dev.lostguard.sql;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Liquibase XML changelog into {@link ChangelogNode}s, safely: no DTD is processed and no
 * external entity or schema is loaded (changelogs declare remote XSDs and there is no network), so a
 * reference to an undeclared entity fails the file instead of reading a local file. Streaming (StAX)
 * keeps the line of every element.
 */
final class ChangelogXml {

  private static final XMLInputFactory FACTORY = newFactory();

  private ChangelogXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resource not loaded: " + systemId);
    });
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // A StAX implementation without these properties: DTD support is off anyway.
    }
    return factory;
  }

  /** The root element, or an exception whose message says where the file is malformed. */
  static ChangelogNode read(String content) throws ChangelogException {
    LineIndex lines = new LineIndex(content);
    XMLStreamReader reader = null;
    try {
      synchronized (FACTORY) {
        reader = FACTORY.createXMLStreamReader(new StringReader(content));
      }
      Deque<Building> open = new ArrayDeque<>();
      ChangelogNode root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> open.push(start(reader, content, lines));
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            ChangelogNode done = open.pop().build();
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children.add(done);
            }
          }
          default -> { }
        }
      }
      if (root == null) {
        throw new ChangelogException(1, "no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
      throw new ChangelogException(line, firstLine(e.getMessage()));
    } finally {
      close(reader);
    }
  }

  private static Building start(XMLStreamReader reader, String content, LineIndex lines) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    // The reader stands after the start tag; its '<' may be lines earlier.
    int end = Math.min(content.length(), Math.max(0, reader.getLocation().getCharacterOffset()));
    int open = content.lastIndexOf('<', Math.max(0, end - 1));
    int textLine = lines.line(end);
    return new Building(reader.getLocalName(), attributes, open < 0 ? textLine : lines.line(open), textLine);
  }

  // StAX messages carry a "ParseError at [row,col]:" prefix and the text on the next line.
  private static String firstLine(String message) {
    if (message == null) {
      return "malformed XML";
    }
    String text = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return text.lines().findFirst().orElse("malformed XML").strip();
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Nothing is held open for a string source.
      }
    }
  }

  private static final class Building {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int textLine;
    final StringBuilder text = new StringBuilder();
    final List<ChangelogNode> children = new ArrayList<>();

    Building(String name, Map<String, String> attributes, int line, int textLine) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.textLine = textLine;
    }

    ChangelogNode build() {
      // Only the element's own text: a <comment> inside <sql> keeps its text to itself.
      String body = text.toString().isBlank() ? "" : text.toString();
      return new ChangelogNode(name, Map.copyOf(attributes), List.copyOf(children), body, line, textLine);
    }
  }
}
