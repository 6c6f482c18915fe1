package dev.lostguard.scan;

import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL files that Java code loads from the class path by name (JDBI's {@code @UseClasspathSqlLocator}:
 * {@code src/main/resources/com/x/ShipmentDao/updateTracking.sql}): such a file is also a constant, so
 * the annotated method resolves to its text. When a Java call uses it, the call is the write and the
 * file's own statements are not counted a second time.
 */
final class ClasspathSql {

  private static final String RESOURCES = "resources/";

  private ClasspathSql() {}

  /** The facts of a SQL file, with the file as a constant when it sits in a class-named resources folder. */
  static FileFacts withConstant(FileFacts facts, String text) {
    String path = facts.path();
    int at = path.startsWith(RESOURCES) ? 0 : path.indexOf("/" + RESOURCES) + 1;
    int slash = path.lastIndexOf('/');
    int start = at + RESOURCES.length();
    if (at < 0 || (at == 0 && !path.startsWith(RESOURCES)) || slash <= start
        || !path.toLowerCase(Locale.ROOT).endsWith(".sql")) {
      return facts;
    }
    String folder = path.substring(start, slash);
    String className = folder.substring(folder.lastIndexOf('/') + 1);
    if (className.isEmpty() || !Character.isUpperCase(className.charAt(0))) {
      return facts;
    }
    List<StringConstant> constants = new ArrayList<>(facts.constants());
    constants.add(new StringConstant(StringConstant.classpathOwner(folder), path.substring(slash + 1),
        new SqlText.Literal(text), Location.point(path, 1, 1)));
    return facts.withConstants(constants);
  }
}
