package dev.lostguard.xml;

import dev.lostguard.model.MapperNode;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * MyBatis annotation SQL written as a {@code <script>}: {@code @Update({"<script>", "UPDATE t SET
 * ...", "<foreach ...>", "</script>"})}. MyBatis reads it as mapper XML, so it is parsed safely and
 * rendered like a mapper statement (every {@code <if>} written, each {@code <foreach>} once), and the
 * SQL it gives is analysed like any other text.
 */
public final class ScriptText {

  private static final Pattern SCRIPT = Pattern.compile("(?s)^\\s*<script>.*</script>\\s*$");

  /** The SQL a script gives, or why it could not be read. */
  public record Rendered(String sql, String error) {}

  private ScriptText() {}

  public static boolean isScript(String text) {
    return SCRIPT.matcher(text).matches();
  }

  /** @param isVersionName whether a column name names a version, as the analysis settings say */
  public static Rendered render(String text, Predicate<String> isVersionName) {
    MapperNode.Element script;
    try {
      script = SafeXml.parse(text);
    } catch (SafeXml.Failure e) {
      return new Rendered(null, "<script> could not be read as MyBatis XML: " + e.getMessage());
    }
    DynamicSql.Rendering rendering = new DynamicSql(Map.of(), isVersionName).render("", script);
    if (rendering.unknown()) {
      return new Rendered(null, "<script> SQL is known only at run time");
    }
    return new Rendered(rendering.sql(), null);
  }
}
