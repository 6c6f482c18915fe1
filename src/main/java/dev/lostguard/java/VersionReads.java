package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.VersionRead;
import java.util.regex.Pattern;

/** Versions the server reads for itself: a call whose SQL text selects a version column. */
final class VersionReads {

  /** {@code SELECT version FROM}, {@code select t.lock_version, ... from}: a version column in the select list. */
  private static final Pattern SELECTS_VERSION = Pattern.compile(
      "^\\s*select\\s+(?:(?!\\bfrom\\b).)*\\b\\w*(?:version|opt_?lock)\\b(?:(?!\\bfrom\\b).)*\\bfrom\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private VersionReads() {}

  /** The read when a string or text-block argument of the call selects a version; else null. */
  static VersionRead of(String path, MethodCallExpr call, MethodRef method) {
    for (Expression argument : call.getArguments()) {
      String text = argument.isStringLiteralExpr() ? argument.asStringLiteralExpr().getValue()
          : argument.isTextBlockLiteralExpr() ? argument.asTextBlockLiteralExpr().getValue() : null;
      if (text != null && SELECTS_VERSION.matcher(text).find()) {
        return new VersionRead(Anchors.of(path, call.getName()), method);
      }
    }
    return null;
  }
}
