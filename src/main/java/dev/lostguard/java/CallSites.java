package dev.lostguard.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.java.SqlSinks.AnnotationSink;
import dev.lostguard.java.SqlSinks.MethodSink;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns sink calls and sink annotations into {@link SqlCall}s: matches receivers by their declared
 * types, reads the SQL argument, and asks {@link RowCounts} and {@link LockedReads} about the rest.
 */
final class CallSites {

  private static final Set<String> COUNT_TYPES =
      Set.of("int", "long", "boolean", "Integer", "Long", "Boolean", "int[]", "long[]",
          "java.lang.Integer", "java.lang.Long", "java.lang.Boolean");

  private final String path;
  private final SqlSinks sinks;
  private final ImportScope imports;
  private final SqlTextReader reader;
  /** Constants of this file by {@code owner#name}, to read locking SQL held in constants. */
  private final Map<String, SqlText> constants;

  CallSites(String path, SqlSinks sinks, ImportScope imports, SqlTextReader reader, Map<String, SqlText> constants) {
    this.path = path;
    this.sinks = sinks;
    this.imports = imports;
    this.reader = reader;
    this.constants = constants;
  }

  private record Match(MethodSink sink, String label) {}

  /** The SQL calls among the sink candidates of one method. */
  void collect(MethodScope method, List<SqlCall> out) {
    if (method.sinkCandidates.isEmpty()) {
      return;
    }
    LockedReads locks =
        method.lockingTexts.isEmpty()
            ? null
            : LockedReads.of(method, text -> LockedReads.literalParts(reader.read(text, method.type(), method), this::constant));
    for (MethodCallExpr call : method.sinkCandidates) {
      Match match = match(call, method);
      if (match == null) {
        continue;
      }
      MethodSink sink = match.sink();
      Expression argument = call.getArgument(sink.sqlArgument());
      if (notText(argument)) {
        continue; // an overload without SQL text: jdbc.execute(connection -> ...)
      }
      SqlText sql = reader.read(argument, method.type(), method);
      RowCountUse rowCount = RowCounts.of(call, sink, method);
      Set<String> locked =
          locks == null || locks.isEmpty() ? Set.of() : Set.copyOf(locks.tablesMentionedBy(arguments(call, sink, method)));
      out.add(new SqlCall(Anchors.of(path, call), sql, sink.language(), match.label(), rowCount, locked,
          method.ref(), List.of()));
    }
  }

  private static boolean notText(Expression argument) {
    return argument instanceof LambdaExpr
        || argument instanceof MethodReferenceExpr
        || argument instanceof ObjectCreationExpr
        || argument instanceof ClassExpr;
  }

  private Match match(MethodCallExpr call, MethodScope method) {
    String name = call.getNameAsString();
    Expression receiver = call.getScope().orElse(null);
    if (receiver == null) {
      return null;
    }
    String type = null;
    boolean typed = false;
    for (MethodSink sink : sinks.methodSinksNamed(name)) {
      if (call.getArguments().size() <= sink.sqlArgument()) {
        continue;
      }
      if (!typed) {
        type = typeOf(receiver, method);
        typed = true;
      }
      if (type == null) {
        if (sessionGetter(receiver, sink) || inheritedSessionField(receiver, sink, method)) {
          return new Match(sink, SqlSinks.simpleName(sink.types().get(0)) + "." + name);
        }
        continue;
      }
      for (String sinkType : sink.types()) {
        if (denotes(type, sinkType)) {
          return new Match(sink, SqlSinks.simpleName(sinkType) + "." + name);
        }
      }
    }
    return null;
  }

  /**
   * {@code getSqlSession().update(..)} in a DAO extending {@code SqlSessionDaoSupport}, or
   * {@code dbSqlSession.getSqlSession().delete(..)}: a getter whose declared type is out of sight (a
   * getter this class declares was already judged by its type).
   */
  private static boolean sessionGetter(Expression receiver, MethodSink sink) {
    return receiver instanceof MethodCallExpr getter
        && getter.getArguments().isEmpty()
        && sink.receiverGetters().contains(getter.getNameAsString());
  }

  /**
   * {@code sqlSessionTemplate.update("ns.id", row)} in a DAO whose base class, in another file, declares
   * the field: a name the sink lists, neither a local nor a field of this class.
   */
  private static boolean inheritedSessionField(Expression receiver, MethodSink sink, MethodScope method) {
    Expression expression = Fluent.unwrap(receiver);
    String name = expression instanceof NameExpr plain ? plain.getNameAsString()
        : expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr ? access.getNameAsString()
        : null;
    return name != null && sink.receiverFields().contains(name) && method.local(name) == null
        && method.type().fieldType(name) == null;
  }

  /** The declared type of a receiver as written, or null: no inference beyond declarations. */
  static String typeOf(Expression receiver, MethodScope method) {
    Expression expression = Fluent.unwrap(receiver);
    if (expression instanceof NameExpr name) {
      MethodScope.Local local = method.local(name.getNameAsString());
      return local != null ? local.type() : method.type().fieldType(name.getNameAsString());
    }
    if (expression instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return method.type().fieldType(access.getNameAsString());
    }
    if (expression instanceof MethodCallExpr call
        && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
      return method.type().returnType(call.getNameAsString());
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return creation.getType().getNameWithScope();
    }
    if (expression instanceof CastExpr cast) {
      return FactsWalker.typeName(cast.getType());
    }
    return null;
  }

  private boolean denotes(String written, String sinkType) {
    if (sinkType.indexOf('.') < 0) {
      return SqlSinks.simpleName(written).equals(sinkType);
    }
    return SqlSinks.simpleName(written).equals(SqlSinks.simpleName(sinkType)) && imports.mayDenote(written, sinkType);
  }

  /** What flows into the write besides its SQL: arguments of the call, its chain and its statement variable. */
  private static List<Expression> arguments(MethodCallExpr call, MethodSink sink, MethodScope method) {
    List<Expression> arguments = new ArrayList<>();
    for (int i = 0; i < call.getArguments().size(); i++) {
      if (i != sink.sqlArgument()) {
        arguments.add(call.getArgument(i));
      }
    }
    Expression top = call;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr next && next.getScope().orElse(null) == top) {
      arguments.addAll(next.getArguments());
      top = next;
    }
    if (top.getParentNode().orElse(null) instanceof VariableDeclarator holder) {
      for (MethodCallExpr later : method.callsOn(holder.getNameAsString())) {
        arguments.addAll(later.getArguments());
      }
    }
    return arguments;
  }

  /** An annotation sink on {@code declaration}, such as {@code @Modifying @Query("update ...")}. */
  void collect(MethodDeclaration declaration, TypeScope type, List<SqlCall> out) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      String written = annotation.getNameAsString();
      for (AnnotationSink sink : sinks.annotationSinksNamed(SqlSinks.simpleName(written))) {
        String matched = matching(written, sink.annotations());
        if (matched == null || (!sink.requires().isEmpty() && !hasAny(declaration, sink.requires()))) {
          continue;
        }
        Expression value = attribute(annotation, sink.sqlAttribute());
        SqlText sql = JdbiSqlLocator.locate(path, declaration, annotation, value, type, imports).orElseGet(() ->
            value == null ? new SqlText.Unknown("no query text in @" + SqlSinks.simpleName(written)) : text(value, type));
        Expression nativeFlag = sink.nativeAttribute() == null ? null : attribute(annotation, sink.nativeAttribute());
        QueryLanguage language =
            nativeFlag instanceof BooleanLiteralExpr flag && flag.getValue() ? QueryLanguage.SQL : sink.language();
        out.add(new SqlCall(Anchors.of(path, annotation), sql, language, "@" + SqlSinks.simpleName(matched),
            returnedCount(declaration.getType()), Set.of(),
            new MethodRef(type.qualifiedName(), declaration.getNameAsString(), declaration.getParameters().size()),
            List.of()));
        break;
      }
    }
  }

  private SqlText text(Expression value, TypeScope type) {
    if (!(value instanceof ArrayInitializerExpr array)) {
      return reader.read(value, type, null);
    }
    List<SqlText> parts = new ArrayList<>();
    for (Expression element : array.getValues()) {
      if (!parts.isEmpty()) {
        parts.add(new SqlText.Literal(" ")); // MyBatis joins the String[] lines with spaces
      }
      parts.add(reader.read(element, type, null));
    }
    return parts.size() == 1 ? parts.get(0) : new SqlText.Concat(List.copyOf(parts));
  }

  /** A repository method returns its count to the caller, or drops it when void. */
  static RowCountUse returnedCount(Type type) {
    if (type.isVoidType()) {
      return RowCountUse.DISCARDED;
    }
    return COUNT_TYPES.contains(type.asString()) ? RowCountUse.USED : RowCountUse.UNKNOWN;
  }

  private String matching(String written, List<String> qualifiedNames) {
    for (String qualified : qualifiedNames) {
      if (SqlSinks.simpleName(qualified).equals(SqlSinks.simpleName(written)) && imports.mayDenote(written, qualified)) {
        return qualified;
      }
    }
    return null;
  }

  private boolean hasAny(MethodDeclaration declaration, List<String> qualifiedNames) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      if (matching(annotation.getNameAsString(), qualifiedNames) != null) {
        return true;
      }
    }
    return false;
  }

  private static Expression attribute(AnnotationExpr annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return "value".equals(name) ? single.getMemberValue() : null;
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return pair.getValue();
        }
      }
    }
    return null;
  }

  private SqlText constant(SqlText.ConstantRef reference) {
    for (String owner : reference.owners()) {
      SqlText value = constants.get(owner + "#" + reference.field());
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
