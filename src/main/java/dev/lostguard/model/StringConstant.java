package dev.lostguard.model;

/**
 * A {@code static final String} field (or an interface constant) that may hold SQL.
 *
 * @param owner the qualified name of the declaring class (nested classes joined with {@code .})
 */
public record StringConstant(String owner, String name, SqlText value, Location location) {

  private static final String CLASSPATH = "classpath:";

  /**
   * The owner of SQL files in one class-path folder ({@code com/x/ShipmentDao}), as JDBI's
   * {@code @UseClasspathSqlLocator} finds them: each file is a constant named by its file name.
   */
  public static String classpathOwner(String folder) {
    return CLASSPATH + folder;
  }

  /** Whether this constant is a whole SQL file on the class path rather than a Java field. */
  public boolean onClasspath() {
    return owner.startsWith(CLASSPATH);
  }
}
