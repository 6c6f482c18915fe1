package dev.lostguard.xml;

/**
 * Tells a MyBatis mapper from other XML without parsing: skips the prolog (declaration, comments,
 * processing instructions, the DOCTYPE with any internal subset) and looks at the document element's
 * name. Trees hold thousands of XML files that are not mappers; they cost a few hundred characters each.
 */
final class MapperSniff {

  private MapperSniff() {}

  static boolean isMapper(String text) {
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("<?", i)) {
        i = after(text, "?>", i + 2);
      } else if (text.startsWith("<!--", i)) {
        i = after(text, "-->", i + 4);
      } else if (text.startsWith("<!DOCTYPE", i) || text.startsWith("<!doctype", i)) {
        i = afterDoctype(text, i + 9);
      } else {
        return text.startsWith("<mapper", i) && i + 7 < n && isNameEnd(text.charAt(i + 7));
      }
    }
    return false;
  }

  private static boolean isNameEnd(char c) {
    return Character.isWhitespace(c) || c == '>' || c == '/';
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? text.length() : at + end.length();
  }

  /** A DOCTYPE ends at the first {@code >} outside its {@code [...]} internal subset and quotes. */
  private static int afterDoctype(String text, int from) {
    boolean inSubset = false;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        inSubset = true;
      } else if (c == ']') {
        inSubset = false;
      } else if (c == '>' && !inSubset) {
        return i + 1;
      }
    }
    return text.length();
  }
}
