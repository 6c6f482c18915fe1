package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lostguard.java.FrameworkWrites.Found;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MappedWrite.Term;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.WriteKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tk.mybatis ("通用 Mapper") adapter: calls of the by-key methods that {@code tk.mybatis.mapper.common.Mapper}
 * and its kin generate become {@link MappedWrite}s; the scan keeps them only when the receiver's type
 * reaches a tk base type and neither declares the method nor has an XML statement of that id (a MyBatis
 * Generator mapper with the same method names runs its own SQL).
 *
 * <ul>
 *   <li>{@code updateByPrimaryKeySelective(e)}: one row by id, writing what the code sets on a local
 *       {@code e} (every mapped column when {@code e} is a parameter or unknown);
 *   <li>{@code updateByPrimaryKey(e)}: one row by id, every mapped column;
 *   <li>{@code deleteByPrimaryKey(id)}, {@code delete(e)}: a delete by id;
 *   <li>{@code updateByExample(e, example)}, {@code updateByExampleSelective(e, example)}, {@code
 *       deleteByExample(example)}: the rows the example selects.
 * </ul>
 * tk adds {@code AND version = ?} and the next version itself when the entity has tk's {@code @Version}.
 * {@code updateByExample(Selective)(e, example)} and {@code deleteByExample(example)} write the rows
 * that the {@code Example} selects ({@link TkExamples}), never versioned by tk. The {@code int} result
 * is the row count.
 */
final class TkMapperWrites {

  static final Set<String> TRIGGERS = Set.of("updateByPrimaryKeySelective", "updateByPrimaryKey", "deleteByPrimaryKey", "delete",
      "updateByExample", "updateByExampleSelective", "deleteByExample");

  private final ImportScope imports;

  TkMapperWrites(ImportScope imports) {
    this.imports = imports;
  }

  Optional<Found> find(MethodCallExpr call, MethodScope method) {
    String name = call.getNameAsString();
    boolean byExample = name.endsWith("ByExample") || name.endsWith("ByExampleSelective");
    int arity = name.startsWith("update") && byExample ? 2 : 1;
    if (call.getArguments().size() != arity || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    String written = CallSites.typeOf(call.getScope().map(Fluent::unwrap).orElseThrow(), method);
    if (written == null) {
      return Optional.empty();
    }
    List<String> receiver = imports.typeCandidates(written);
    if (receiver.isEmpty()) {
      return Optional.empty();
    }
    Expression argument = call.getArgument(0);
    WriteKind kind = name.startsWith("delete") ? WriteKind.DELETE : WriteKind.UPDATE;
    List<Term> set = name.endsWith("Selective") ? EntitySetters.terms(argument, method) : List.of();
    // by example: the Example's conditions, never versioned by tk
    TkExamples.Read example = byExample ? TkExamples.read(call.getArgument(arity - 1), method) : null;
    MappedWrite write = new MappedWrite(MappedWrite.Framework.TK_MYBATIS, kind,
        byExample && example.entity() != null ? imports.typeCandidates(example.entity()) : List.of(), receiver, null, set, byExample ? example.where() : List.of(),
        !byExample, !byExample);
    return Optional.of(new Found(call, new SqlText.Mapped(write), SqlSinks.simpleName(receiver.get(0)) + "." + name,
        RowCounts.of(call, RowCounts.RETURNED, method)));
  }
}
