package dev.lostguard.report;

/** Escaping for XML 1.0 text and attribute values written by hand. */
final class XmlText {

  private XmlText() {}

  /**
   * {@code text} safe inside an element or a double-quoted attribute. Characters that XML 1.0 cannot
   * carry at all (control characters other than tab, newline and carriage return, unpaired
   * surrogates, U+FFFE and U+FFFF) become U+FFFD; line breaks and tabs in attributes become
   * character references so that parsers keep them.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        case '\n' -> escaped.append("&#10;");
        case '\r' -> escaped.append("&#13;");
        case '\t' -> escaped.append("&#9;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
