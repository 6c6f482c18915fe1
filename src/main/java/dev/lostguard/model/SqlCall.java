package dev.lostguard.model;

import java.util.List;
import java.util.Set;

/**
 * A place in Java code that executes SQL (or JPQL) text: a JDBC or Spring call, a JPA query, or an
 * annotation such as {@code @Query}, {@code @Update} or {@code @SqlUpdate}.
 *
 * @param location the first line of the call expression that receives the SQL, or the annotation
 * @param sql the text, still to be resolved against the project's constants
 * @param sink which sink matched, as {@code Type.method} or {@code @Annotation}, for messages
 * @param rowCount what the code does with the affected-row count
 * @param lockedReadTables tables read with {@code SELECT ... FOR UPDATE} earlier in the same method
 *     whose results flow into this call's arguments (lower-case names as written in the read), or
 *     {@link #WRITTEN_TABLE} for the table the call writes, once known
 * @param method the method that contains the call (for field initializers: {@code <init>})
 */
public record SqlCall(
    Location location,
    SqlText sql,
    QueryLanguage language,
    String sink,
    RowCountUse rowCount,
    Set<String> lockedReadTables,
    MethodRef method,
    List<RelatedLocation> related) {

  /**
   * Stands, among {@link #lockedReadTables}, for the table the call writes, which only the project-wide
   * model knows: a MyBatis-Plus mapper that read the row with a lock before it writes it.
   */
  public static final String WRITTEN_TABLE = "*";
}
