package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every string constant of the project, to turn {@link SqlText} into the SQL a call executes. A
 * constant is found by its owner's qualified name and its field name; what cannot be found (or refers
 * back to itself) leaves the text unresolved, never guessed.
 */
public final class ConstantPool {

  /** Constants referring to constants: deeper chains than this are treated as unresolvable. */
  private static final int MAX_DEPTH = 16;

  private final Map<String, StringConstant> byKey;

  private ConstantPool(Map<String, StringConstant> byKey) {
    this.byKey = byKey;
  }

  /** The first declaration of a name wins, so the input order (path order) decides duplicates. */
  public static ConstantPool of(List<StringConstant> constants) {
    Map<String, StringConstant> byKey = new HashMap<>();
    for (StringConstant constant : constants) {
      byKey.putIfAbsent(key(constant.owner(), constant.name()), constant);
    }
    return new ConstantPool(byKey);
  }

  /**
   * The text, and the constants it was assembled from (for related locations).
   *
   * @param text empty when some part is unknown
   * @param withBranches some parts are appended only on some code paths ({@link SqlText.WithBranches})
   */
  public record Resolution(Optional<String> text, List<StringConstant> constantsUsed, boolean withBranches) {}

  public Resolution resolve(SqlText sql) {
    List<StringConstant> used = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean complete = append(sql, text, used, 0);
    return new Resolution(
        complete ? Optional.of(text.toString()) : Optional.empty(), List.copyOf(used), hasBranches(sql));
  }

  private static boolean hasBranches(SqlText sql) {
    return sql instanceof SqlText.WithBranches
        || sql instanceof SqlText.Concat concat && concat.parts().stream().anyMatch(ConstantPool::hasBranches);
  }

  private boolean append(SqlText sql, StringBuilder text, List<StringConstant> used, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (sql instanceof SqlText.WithBranches branches) {
      return append(branches.text(), text, used, depth);
    }
    if (sql instanceof SqlText.Literal literal) {
      text.append(literal.text());
      return true;
    }
    if (sql instanceof SqlText.Concat concat) {
      for (SqlText part : concat.parts()) {
        if (!append(part, text, used, depth)) {
          return false;
        }
      }
      return true;
    }
    if (sql instanceof SqlText.ConstantRef ref) {
      for (String owner : ref.owners()) {
        StringConstant constant = byKey.get(key(owner, ref.field()));
        if (constant != null) {
          used.add(constant);
          return append(constant.value(), text, used, depth + 1);
        }
      }
      return false;
    }
    return false;
  }

  private static String key(String owner, String name) {
    return owner + '#' + name;
  }
}
