package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lostguard.model.BuiltArgument;
import dev.lostguard.model.BuiltArgument.SetProperty;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.FixedArgumentCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the calls that pass an entity the method builds itself ({@link EntitySetters#ofBuilt}), or a row
 * it loads and changes with setters ({@link EntitySetters#ofLoaded}), to a
 * field or to a local typed as a mapper or DAO, the way code hands a record to a MyBatis mapper: each
 * becomes a {@link BuiltArgument}; a call there that passes no such entity but fixes some of its arguments
 * ({@code mapper.setState(id, "DONE")}) becomes a {@link FixedArgumentCall}. Receivers that are other locals ({@code list.add(vo)}) are skipped:
 * they are no mappers, and most calls so store nothing.
 */
final class BuiltArguments {

  private static final Pattern DATA_ACCESS_TYPE = Pattern.compile(".*(?:Mapper|Dao|DAO|Repository)(?:<.*)?");
  /** Also {@code UserMapperExt}, {@code OrderDaoImpl}. */
  private static final Pattern DATA_ACCESS_NAME = Pattern.compile(".*(?:Mapper|Dao|DAO|Repository)\\w*(?:<.*)?");

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
      boolean built = false;
      for (Expression argument : call.getArguments()) {
        Optional<List<SetProperty>> set = EntitySetters.ofBuilt(argument, method);
        Optional<List<SetProperty>> changed = set.isPresent() ? Optional.empty() : EntitySetters.ofLoaded(argument, method);
        if (set.isPresent() || changed.isPresent()) {
          out.add(new BuiltArgument(Anchors.of(path, call), method.ref(), call.getNameAsString(),
              call.getArguments().size(), RowCounts.of(call, RowCounts.RETURNED, method), set.orElseGet(changed::get),
              changed.isPresent()));
          built = true;
          break;
        }
      }
      if (!built && typedAsDataAccess(call.getScope().orElseThrow(), method)) {
        fixedArguments(call, method).ifPresent(out::add);
      }
    }
  }

  /** The call as a {@link FixedArgumentCall}, when the code fixes at least one of its arguments. */
  private Optional<FixedArgumentCall> fixedArguments(MethodCallExpr call, MethodScope method) {
    List<String> literals = new ArrayList<>(call.getArguments().size());
    boolean any = false;
    for (Expression argument : call.getArguments()) {
      String literal = FixedValues.sqlLiteral(argument, method).orElse(null);
      any |= literal != null;
      literals.add(literal);
    }
    return any ? Optional.of(new FixedArgumentCall(Anchors.of(path, call), method.ref(), call.getNameAsString(),
        Collections.unmodifiableList(literals))) : Optional.empty();
  }

  /**
   * A receiver whose declared type (a local's or a field's) names a mapper or DAO, or is unknown here:
   * {@code log.info("..")} and {@code map.put("k", v)} fix arguments too, and are no writes.
   */
  private static boolean typedAsDataAccess(Expression receiver, MethodScope method) {
    String name = receiver instanceof FieldAccessExpr access ? access.getNameAsString()
        : ((NameExpr) receiver).getNameAsString();
    MethodScope.Local local = receiver instanceof NameExpr ? method.local(name) : null;
    String type = local != null ? local.type() : method.type().fieldType(name);
    return type == null || DATA_ACCESS_NAME.matcher(type).matches();
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
