package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lostguard.model.BuiltArgument;
import dev.lostguard.model.BuiltArgument.SetProperty;
import dev.lostguard.model.CodePattern;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the calls that pass an entity the method builds itself ({@link EntitySetters#ofBuilt}), or a row
 * it loads and changes with setters ({@link EntitySetters#ofLoaded}), to a
 * field or to a local typed as a mapper or DAO, the way code hands a record to a MyBatis mapper: each
 * becomes a {@link BuiltArgument}. Receivers that are other locals ({@code list.add(vo)}) are skipped:
 * they are no mappers, and most calls so store nothing.
 */
final class BuiltArguments {

  private static final Pattern DATA_ACCESS_TYPE = Pattern.compile(".*(?:Mapper|Dao|DAO|Repository)(?:<.*)?");

  private final String path;

  BuiltArguments(String path) {
    this.path = path;
  }

  /** Whether the walker should keep {@code call} for {@link #collect}: it has arguments and a named receiver. */
  static boolean candidate(MethodCallExpr call) {
    Expression receiver = call.getScope().orElse(null);
    return call.getArguments().isNonEmpty()
        && (receiver instanceof NameExpr
            || receiver instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr);
  }

  /** The built-entity calls among one method's candidates. */
  void collect(MethodScope method, List<CodePattern> out) {
    for (MethodCallExpr call : method.builtArgumentCandidates) {
      if (!dataAccessReceiver(call.getScope().orElseThrow(), method)) {
        continue;
      }
      for (Expression argument : call.getArguments()) {
        Optional<List<SetProperty>> set = EntitySetters.ofBuilt(argument, method);
        Optional<List<SetProperty>> changed = set.isPresent() ? Optional.empty() : EntitySetters.ofLoaded(argument, method);
        if (set.isPresent() || changed.isPresent()) {
          out.add(new BuiltArgument(Anchors.of(path, call), method.ref(), call.getNameAsString(),
              call.getArguments().size(), RowCounts.of(call, RowCounts.RETURNED, method), set.orElseGet(changed::get),
              changed.isPresent()));
          break;
        }
      }
    }
  }

  /** A field ({@code orders}, {@code this.orders}), or a local whose declared type names a mapper or DAO. */
  private static boolean dataAccessReceiver(Expression receiver, MethodScope method) {
    if (receiver instanceof FieldAccessExpr) {
      return true;
    }
    String name = ((NameExpr) receiver).getNameAsString();
    if (Character.isUpperCase(name.charAt(0))) {
      return false; // a class: a static call
    }
    MethodScope.Local local = method.local(name);
    return local == null || local.type() != null && DATA_ACCESS_TYPE.matcher(local.type()).matches();
  }
}
