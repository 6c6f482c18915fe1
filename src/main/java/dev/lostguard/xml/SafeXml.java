package dev.lostguard.xml;

import dev.lostguard.model.MapperNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads XML into a light {@link MapperNode} tree with the line and column of every element, and never
 * reads anything but the given text: no DTD is loaded (every real mapper names the remote mybatis-3
 * DTD), no external entity or XInclude is resolved, and secure processing bounds entity expansion, so
 * a billion-laughs document fails fast instead of filling the heap.
 *
 * <p>SAX rather than DOM: one pass builds the tree, and its {@link Locator} gives the positions DOM
 * lacks (the locator sits after a start tag's {@code >}; the tag's {@code <} is found from there).
 */
final class SafeXml {

  /** Why a document could not be read, and where. */
  static final class Failure extends Exception {
    private final int line;

    Failure(String message, int line) {
      super(message);
      this.line = line;
    }

    /** 1-based, or 0 when unknown. */
    int line() {
      return line;
    }
  }

  private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(SafeXml::newParser);

  private SafeXml() {}

  /** The document element, with everything in it. */
  static MapperNode.Element parse(String text) throws Failure {
    SAXParser parser = PARSERS.get();
    TreeBuilder builder = new TreeBuilder(text);
    try {
      parser.reset();
      parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
      parser.parse(new InputSource(new StringReader(text)), builder);
    } catch (SAXParseException e) {
      throw new Failure(e.getMessage(), Math.max(0, e.getLineNumber()));
    } catch (SAXException | IOException | RuntimeException e) {
      throw new Failure(String.valueOf(e.getMessage()), builder.line());
    }
    if (builder.root == null) {
      throw new Failure("no document element", 0);
    }
    return builder.root;
  }

  private static SAXParser newParser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser lacks a safety feature", e);
    }
  }

  /** Builds the tree; also the entity resolver that answers every external reference with nothing. */
  private static final class TreeBuilder extends DefaultHandler2 {
    private final String text;
    private final int[] lineStarts;
    private final Deque<Open> open = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private Locator locator;
    private MapperNode.Element root;

    TreeBuilder(String text) {
      this.text = text;
      int lines = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        lines++;
      }
      this.lineStarts = new int[lines];
      int line = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        lineStarts[line++] = i + 1;
      }
    }

    int line() {
      return locator == null ? 0 : Math.max(0, locator.getLineNumber());
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
      return new InputSource(new StringReader(""));
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new StringReader(""));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      flushText();
      Map<String, String> attrs = new LinkedHashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        attrs.put(attributes.getQName(i), attributes.getValue(i));
      }
      int after = offset(locator.getLineNumber(), locator.getColumnNumber());
      int start = text.lastIndexOf("<" + qName, Math.max(0, after - 1));
      int line = start < 0 ? locator.getLineNumber() : lineOf(start);
      int column = start < 0 ? 1 : start - lineStarts[line - 1] + 1;
      open.push(new Open(qName, Collections.unmodifiableMap(attrs), line, column));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      flushText();
      Open element = open.pop();
      MapperNode.Element done =
          new MapperNode.Element(
              element.name, element.attributes, element.line, element.column, locator.getLineNumber(),
              Math.max(1, locator.getColumnNumber() - 1), List.copyOf(element.children));
      if (open.isEmpty()) {
        root = done;
      } else {
        open.peek().children.add(done);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        pending.append(ch, start, length);
      }
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        flushText();
        open.peek().children.add(new MapperNode.Comment(new String(ch, start, length)));
      }
    }

    private void flushText() {
      if (pending.length() > 0 && !open.isEmpty()) {
        open.peek().children.add(new MapperNode.Text(pending.toString()));
      }
      pending.setLength(0);
    }

    private int offset(int line, int column) {
      if (line < 1 || line > lineStarts.length) {
        return text.length();
      }
      return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
    }

    private int lineOf(int offset) {
      int low = 0;
      int high = lineStarts.length - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (lineStarts[mid] <= offset) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low + 1;
    }
  }

  private static final class Open {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final List<MapperNode> children = new ArrayList<>();

    Open(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }
  }
}
