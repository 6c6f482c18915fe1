package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.LockingSetting;
import dev.lostguard.model.MappedWrite.Framework;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds code that switches on a framework's own optimistic locking: {@code new
 * OptimisticLockerInnerInterceptor()} (added to a {@code MybatisPlusInterceptor}) or the legacy
 * {@code new OptimisticLockerInterceptor()} for MyBatis-Plus, and {@code
 * withExecuteWithOptimisticLocking(true)} / {@code setExecuteWithOptimisticLocking(true)} on jOOQ's
 * {@code Settings}. Anywhere in the project, it holds for the whole project.
 */
final class LockingSettings {

  private static final Set<String> INTERCEPTORS = Set.of("OptimisticLockerInnerInterceptor", "OptimisticLockerInterceptor");
  private static final Set<String> JOOQ_SETTERS = Set.of("withExecuteWithOptimisticLocking", "setExecuteWithOptimisticLocking");

  private LockingSettings() {}

  /** A cheap text check that spares almost every file the search. */
  static final List<TextNeedles.Needle> MENTIONS =
      TextNeedles.Needle.exactly("OptimisticLocker", "ExecuteWithOptimisticLocking");

  static List<CodePattern> extract(String path, CompilationUnit unit) {
    List<CodePattern> settings = new ArrayList<>();
    for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
      if (INTERCEPTORS.contains(creation.getType().getNameAsString())) {
        settings.add(new LockingSetting(Framework.MYBATIS_PLUS, Anchors.of(path, creation), null));
      }
    }
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (JOOQ_SETTERS.contains(call.getNameAsString()) && call.getArguments().size() == 1
          && switchesOn(call.getArgument(0).toString(), call)) {
        settings.add(new LockingSetting(Framework.JOOQ, Anchors.of(path, call), null));
      }
    }
    return List.copyOf(settings);
  }

  private static boolean switchesOn(String written, MethodCallExpr call) {
    return call.getArgument(0) instanceof BooleanLiteralExpr literal ? literal.getValue()
        : call.getArgument(0) instanceof FieldAccessExpr && written.endsWith("TRUE");
  }
}
