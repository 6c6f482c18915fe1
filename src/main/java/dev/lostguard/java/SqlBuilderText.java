package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement a MyBatis {@code SQL} builder produces from its calls in order: {@code UPDATE(t)},
 * {@code SET(a, ..)}, {@code WHERE(c, ..)}, {@code OR()}, {@code AND()}, {@code DELETE_FROM(t)} give
 * {@code UPDATE t SET a, b WHERE c1 AND c2} (MyBatis also wraps the conditions in parentheses, which
 * changes nothing the rules read). Other statements (SELECT, INSERT) are no write and give null.
 */
final class SqlBuilderText {

  private final SqlTextReader reader;
  private final TypeScope type;

  SqlBuilderText(SqlTextReader reader, TypeScope type) {
    this.reader = reader;
    this.type = type;
  }

  SqlText of(List<MethodCallExpr> steps) {
    SqlText table = null;
    boolean delete = false;
    List<SqlText> sets = new ArrayList<>();
    List<SqlText> conditions = new ArrayList<>();
    String connector = " AND ";
    for (MethodCallExpr step : steps) {
      List<Expression> arguments = step.getArguments();
      switch (step.getNameAsString()) {
        case "UPDATE" -> table = arguments.size() == 1 ? read(arguments.get(0)) : null;
        case "DELETE_FROM" -> {
          table = arguments.size() == 1 ? read(arguments.get(0)) : null;
          delete = true;
        }
        case "SET" -> arguments.forEach(a -> sets.add(read(a)));
        case "WHERE" -> {
          for (Expression argument : arguments) {
            if (!conditions.isEmpty()) {
              conditions.add(new SqlText.Literal(connector));
            }
            conditions.add(read(argument));
            connector = " AND ";
          }
        }
        case "OR" -> connector = " OR ";
        case "AND" -> connector = " AND ";
        case "SELECT", "INSERT_INTO", "SELECT_DISTINCT" -> {
          return null;
        }
        default -> { }
      }
    }
    if (table == null || (!delete && sets.isEmpty())) {
      return null;
    }
    List<SqlText> parts = new ArrayList<>();
    parts.add(new SqlText.Literal(delete ? "DELETE FROM " : "UPDATE "));
    parts.add(table);
    if (!delete) {
      parts.add(new SqlText.Literal(" SET "));
      for (int i = 0; i < sets.size(); i++) {
        if (i > 0) {
          parts.add(new SqlText.Literal(", "));
        }
        parts.add(sets.get(i));
      }
    }
    if (!conditions.isEmpty()) {
      parts.add(new SqlText.Literal(" WHERE "));
      parts.addAll(conditions);
    }
    return new SqlText.Concat(List.copyOf(parts));
  }

  private SqlText read(Expression argument) {
    return reader.read(argument, type, null);
  }
}
