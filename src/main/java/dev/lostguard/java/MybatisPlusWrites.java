package dev.lostguard.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lostguard.java.FrameworkWrites.Found;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.MappedWrite.Term;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.WriteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The MyBatis-Plus adapter: calls of {@code BaseMapper} / {@code IService} / {@code ServiceImpl}
 * methods become {@link MappedWrite}s whose entity comes from the receiver's type (resolved
 * project-wide through its supertypes: {@code OrderMapper extends BaseMapper<Order>}) or from getter
 * references in a wrapper ({@code Order::getStatus}).
 *
 * <ul>
 *   <li>{@code updateById(e)}, {@code updateBatchById(list)}, {@code saveOrUpdate(e)} (an update when
 *       the row exists): one row by id, writing what the code
 *       sets on {@code e} when {@code e} is a local (every mapped column when it is a parameter or
 *       nothing is set); the interceptor adds the version check and bump
 *       when it is registered and the entity has {@code @Version}.
 *   <li>{@code update(e, wrapper)}, {@code update(wrapper)}, {@code lambdaUpdate()...update()}: what the
 *       wrapper sets and compares ({@code set}, {@code setSql}, {@code eq}, {@code in}, ...), never
 *       versioned by the framework: guarded only when the wrapper compares the version itself.
 *   <li>{@code removeById}, {@code deleteById}, {@code remove(wrapper)}, {@code delete(wrapper)}:
 *       deletes, which the interceptor never versions.
 *   <li>ActiveRecord: {@code blog.updateById()}, {@code deleteById()} on an entity extending
 *       {@code Model<Blog>}: one row by id, what the code sets on {@code blog}.
 * </ul>
 * Their {@code int} or {@code boolean} result is the row count. Not read: wrappers passed in from
 * other methods (unresolved), {@code or()} nesting, logical delete ({@code @TableLogic}).
 */
final class MybatisPlusWrites {

  static final Set<String> TRIGGERS =
      Set.of("updateById", "updateBatchById", "saveOrUpdate", "saveOrUpdateBatch", "update", "removeById", "deleteById",
          "remove", "delete");

  private static final Set<String> WRAPPERS =
      Set.of("UpdateWrapper", "LambdaUpdateWrapper", "QueryWrapper", "LambdaQueryWrapper");
  private static final Set<String> WRAPPER_FACTORIES = Set.of("lambdaUpdate", "update", "lambdaQuery", "query");
  private static final Map<String, String> COMPARISONS =
      Map.of("eq", " = ?", "ne", " <> ?", "gt", " > ?", "ge", " >= ?", "lt", " < ?", "le", " <= ?", "like", " LIKE ?",
          "in", " IN (?)", "isNull", " IS NULL", "isNotNull", " IS NOT NULL");

  private final ImportScope imports;

  MybatisPlusWrites(ImportScope imports) {
    this.imports = imports;
  }

  /**
   * The lines where the row key of the write {@code call} makes is computed, when it is set on the
   * entity ({@code u.setId(..)} before {@code updateById(u)}) or compared by its update wrapper
   * ({@code eq(User::getId, ..)}, {@code eq("user_id", ..)}), with the initializers of the locals read
   * there; empty when neither. Whether they ask who is logged in is for the model to say.
   */
  static List<Integer> keyLines(MethodCallExpr call, MethodScope method) {
    List<Expression> keys = new ArrayList<>();
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    if (name.equals("updateById") && arity == 1 && Fluent.unwrap(call.getArgument(0)) instanceof NameExpr entity) {
      for (MethodCallExpr setter : method.callsOn(entity.getNameAsString())) {
        if (setter.getNameAsString().equals("setId") && setter.getArguments().size() == 1
            && Anchors.after(call.getArgument(0), setter)) {
          keys.add(setter.getArgument(0));
        }
      }
      // User user = getById(currentUserId); user.setPreferences(..); updateById(user)
      MethodScope.Local local = method.local(entity.getNameAsString());
      if (local != null) {
        EntitySetters.keyOfLoad(local.initializer()).ifPresent(keys::add);
      }
    } else if (name.equals("updateById") && arity == 1) {
      // updateById(new User().setId(session.getId()).setEmail(..)): the chain's own setId
      for (Expression step = Fluent.unwrap(call.getArgument(0)); step instanceof MethodCallExpr setter;
          step = setter.getScope().orElse(null)) {
        if (setter.getNameAsString().equals("setId") && setter.getArguments().size() == 1) {
          keys.add(setter.getArgument(0));
        }
      }
    } else if ((name.equals("update") || name.equals("remove")) && arity <= 2) {
      Expression receiver = call.getScope().map(Fluent::unwrap).orElse(null);
      List<MethodCallExpr> steps = arity >= 1 ? wrapperSteps(call.getArgument(arity - 1), method)
          : receiver instanceof MethodCallExpr chained ? Fluent.chain(chained) : null;
      for (MethodCallExpr step : steps == null ? List.<MethodCallExpr>of() : steps) {
        if (step.getNameAsString().equals("eq") && step.getArguments().size() == 2
            && KEY.matcher(String.valueOf(name(step.getArgument(0)))).matches()) {
          keys.add(step.getArgument(1));
        }
      }
    }
    List<Integer> lines = new ArrayList<>();
    for (Expression key : keys) {
      key.getRange().ifPresent(r -> lines.add(r.begin.line));
      for (NameExpr read : key.findAll(NameExpr.class)) {
        MethodScope.Local local = method.local(read.getNameAsString());
        if (local != null && local.initializer() != null) {
          local.initializer().getRange().ifPresent(r -> lines.add(r.begin.line));
        }
      }
    }
    return List.copyOf(lines);
  }

  /** A method named for creating a record ({@code addUser}, {@code createOrder}, {@code register}): what it saves is new. */
  private static final Pattern CREATING_METHOD = Pattern.compile("(add|create|insert|register)([A-Z].*)?");

  /** A row's own key or its owner's: {@code id}, {@code userId}, {@code user_id}. */
  private static final Pattern KEY = Pattern.compile("id|userId|user_id|memberId|member_id");

  Optional<Found> find(MethodCallExpr call, MethodScope method) {
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    Expression receiver = call.getScope().map(Fluent::unwrap).orElse(null);
    if (receiver instanceof MethodCallExpr chained && (name.equals("update") || name.equals("remove")) && arity <= 1) {
      return chainedWrapper(call, chained, method); // service.lambdaUpdate().set(..).eq(..).update()
    }
    List<String> receiverTypes = receiverTypes(receiver, method);
    if (receiverTypes.isEmpty() || forwardsToSuper(receiver, call, method)) {
      return Optional.empty();
    }
    WriteKind kind = name.equals("remove") || name.startsWith("delete") || name.startsWith("remove")
        ? WriteKind.DELETE : WriteKind.UPDATE;
    MappedWrite write;
    boolean byId = name.endsWith("ById") || name.startsWith("saveOrUpdate"); // saveOrUpdate updates by id when the row exists
    if (byId && arity == 1 && name.startsWith("saveOrUpdate") && (NewRowBranches.insertsOnly(call, call.getArgument(0))
        || NewRowBranches.givenNewIds(call.getArgument(0), method) || CREATING_METHOD.matcher(method.ref().name()).matches())) {
      // an entity with no id yet, or a new one, or what addUser(..) saves: saveOrUpdate inserts it
      return Optional.empty();
    }
    if (byId && arity == 0 && (name.equals("updateById") || name.equals("deleteById"))) {
      // ActiveRecord: blog.updateById() on an entity extending Model<Blog> (MappedSql checks the base)
      List<Term> set = receiver instanceof NameExpr ? EntitySetters.terms(receiver, method) : List.of();
      write = new MappedWrite(MappedWrite.Framework.MYBATIS_PLUS, kind, List.of(), receiverTypes, null, set, List.of(),
          true, kind == WriteKind.UPDATE);
    } else if (byId && arity == 1) {
      List<Term> set = name.equals("updateById") || name.equals("saveOrUpdate")
          ? EntitySetters.terms(call.getArgument(0), method)
          : name.equals("updateBatchById") ? EntitySetters.batchTerms(call.getArgument(0), method) : List.of();
      // An entity made here with no version set: MyBatis-Plus adds no version check to its update.
      boolean versionCarried = !name.equals("updateById") || !EntitySetters.builtWithoutVersion(call.getArgument(0), method);
      String versionSource = name.equals("updateById") ? EntitySetters.versionSource(call.getArgument(0), method) : null;
      write = new MappedWrite(MappedWrite.Framework.MYBATIS_PLUS, kind, List.of(), receiverTypes, null, set, List.of(),
          true, kind == WriteKind.UPDATE && versionCarried, CallSites.typeOf(call.getArgument(0), method), versionSource);
    } else if (!byId && arity >= 1 && arity <= 2) {
      Expression wrapper = call.getArgument(arity - 1);
      List<MethodCallExpr> steps = wrapperSteps(wrapper, method);
      if (steps == null) {
        return Optional.empty(); // not a wrapper: some other update(..) of the project
      }
      if (handedToAnotherCall(wrapper, call, method)) {
        // applyExpectedStatus(wrapper, PAID): another method adds conditions this one does not show
        return Optional.empty();
      }
      List<Term> set = new ArrayList<>();
      boolean withEntity = arity == 2 && !(Fluent.unwrap(call.getArgument(0)) instanceof NullLiteralExpr);
      if (withEntity) {
        set.addAll(EntitySetters.terms(call.getArgument(0), method));
      }
      write = fromWrapper(kind, receiverTypes, steps, set, method);
      if (withEntity && kind == WriteKind.UPDATE && !EntitySetters.builtWithoutVersion(call.getArgument(0), method)) {
        // update(stock, wrapper): the interceptor adds the entity's version to the wrapper, as for updateById
        write = new MappedWrite(write.framework(), kind, write.entity(), receiverTypes, null, write.set(), write.where(),
            false, true, null, EntitySetters.versionSource(call.getArgument(0), method));
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(found(call, write, method));
  }

  /**
   * {@code super.removeById(id)} in the service's own {@code removeById}: the override hands on to the
   * framework, and each call of it is judged as the framework's write where it is made (with what that
   * caller sets), so this call is not a second write of the same row.
   */
  private static boolean forwardsToSuper(Expression receiver, MethodCallExpr call, MethodScope method) {
    return receiver instanceof SuperExpr && method.ref() != null && method.ref().name().equals(call.getNameAsString())
        && method.ref().arity() == call.getArguments().size();
  }

  private Found found(MethodCallExpr call, MappedWrite write, MethodScope method) {
    String owner = write.receiver().isEmpty() ? "IService" : SqlSinks.simpleName(write.receiver().get(0));
    return new Found(call, new SqlText.Mapped(write), owner + "." + call.getNameAsString(), RowCounts.of(call, RowCounts.RETURNED, method));
  }

  private Optional<Found> chainedWrapper(MethodCallExpr call, MethodCallExpr chained, MethodScope method) {
    List<MethodCallExpr> chain = Fluent.chain(chained);
    if (chain.isEmpty() || !chain.get(0).getNameAsString().equals("lambdaUpdate") && !chain.get(0).getNameAsString().equals("update")) {
      return Optional.empty();
    }
    List<String> receiverTypes = receiverTypes(chain.get(0).getScope().map(Fluent::unwrap).orElse(null), method);
    if (receiverTypes.isEmpty()) {
      return Optional.empty();
    }
    List<Term> set = call.getArguments().isEmpty() ? List.of() : EntitySetters.terms(call.getArgument(0), method);
    WriteKind kind = call.getNameAsString().equals("remove") ? WriteKind.DELETE : WriteKind.UPDATE;
    List<MethodCallExpr> steps = chain.subList(1, chain.size());
    if (kind == WriteKind.UPDATE && call.getArguments().isEmpty() && setsAColumnNamedAtRunTime(steps)) {
      // update().set(toUnderlineCase(fieldName), value): one column chosen at run time, not every column
      return Optional.empty();
    }
    return Optional.of(found(call, fromWrapper(kind, receiverTypes, steps, new ArrayList<>(set), method), method));
  }

  private static boolean setsAColumnNamedAtRunTime(List<MethodCallExpr> steps) {
    return steps.stream().anyMatch(step -> step.getNameAsString().equals("set") && !step.getArguments().isEmpty()
        && name(step.getArgument(step.getArguments().size() == 3 ? 1 : 0)) == null);
  }

  private static MappedWrite fromWrapper(WriteKind kind, List<String> receiverTypes, List<MethodCallExpr> steps, List<Term> set,
      MethodScope method) {
    List<Term> where = new ArrayList<>();
    List<String> entity = new ArrayList<>();
    for (MethodCallExpr step : steps) {
      String name = step.getNameAsString();
      List<Expression> arguments = step.getArguments();
      // eq(condition, column, value): the boolean first argument only switches the condition on
      int first = arguments.size() == 3 || (arguments.size() == 2 && COMPARISONS.get(name) != null
          && COMPARISONS.get(name).endsWith("NULL")) ? 1 : 0;
      if (arguments.size() <= first) {
        continue;
      }
      String column = name(arguments.get(first));
      String owner = Fluent.getterOwner(arguments.get(first));
      if (owner != null && entity.isEmpty()) {
        entity.add(owner);
      }
      if (name.equals("set") && column != null) {
        set.add(EntitySetters.assigned(column, arguments.size() > first + 1 ? arguments.get(first + 1) : null, method));
      } else if (name.equals("setSql")) {
        leadingText(arguments.get(first)).ifPresent(sql -> rawAssignment(sql, set));
      } else if (COMPARISONS.containsKey(name) && column != null) {
        // eq(PayOrder::getState, PayOrder.STATE_INIT): a value the code fixes is a literal (a compare-and-set)
        Optional<String> fixed = arguments.size() > first + 1 && COMPARISONS.get(name).endsWith("?")
            ? FixedValues.sqlLiteral(arguments.get(first + 1), method)
            : Optional.empty();
        where.add(new Term(column, fixed.map(v -> COMPARISONS.get(name).replace("?", v)).orElse(COMPARISONS.get(name))));
      } else if (name.equals("or") || name.equals("and") || name.equals("apply") || name.equals("nested")) {
        where.add(new Term("custom_condition", "(?)"));
      }
    }
    return new MappedWrite(MappedWrite.Framework.MYBATIS_PLUS, kind, List.copyOf(entity), receiverTypes, null,
        List.copyOf(set), List.copyOf(where), false, false);
  }

  /** {@code setSql("stock = stock - 1")}: the column and the rest, with the column as {@code {self}}. */
  private static void rawAssignment(String sql, List<Term> set) {
    int equals = sql.indexOf('=');
    if (equals <= 0) {
      return;
    }
    String column = sql.substring(0, equals).strip();
    String rest = sql.substring(equals + 1).strip().replaceAll("\\b" + Pattern.quote(column) + "\\b", "{self}");
    set.add(new Term(column, " = " + rest));
  }

  /**
   * The text of a string, or of a concatenation with its non-literal parts as {@code ?}:
   * {@code "invite_num = invite_num + " + n} reads {@code invite_num = invite_num + ?}.
   */
  private static Optional<String> leadingText(Expression expression) {
    Expression value = Fluent.unwrap(expression);
    if (value instanceof BinaryExpr concatenation && concatenation.getOperator() == BinaryExpr.Operator.PLUS) {
      return leadingText(concatenation.getLeft())
          .map(left -> left + Fluent.string(concatenation.getRight()).orElse("?"));
    }
    return Fluent.string(value);
  }

  /** A column written as a string or a getter reference. */
  private static String name(Expression expression) {
    return Fluent.string(expression).or(() -> Fluent.getterProperty(expression)).orElse(null);
  }

  /** The wrapper's calls: an inline chain, or a local built from one and from calls on it; null when not a wrapper. */
  private static List<MethodCallExpr> wrapperSteps(Expression wrapper, MethodScope method) {
    Expression value = Fluent.unwrap(wrapper);
    List<MethodCallExpr> steps = new ArrayList<>();
    Expression root;
    if (value instanceof NameExpr name) {
      MethodScope.Local local = method.local(name.getNameAsString());
      if (local == null) {
        return null;
      }
      boolean typed = local.type() != null && WRAPPERS.contains(SqlSinks.simpleName(local.type()));
      if (local.initializer() != null) {
        steps.addAll(Fluent.chain(local.initializer()));
        root = Fluent.root(local.initializer());
        typed |= isWrapper(root) || !steps.isEmpty() && WRAPPER_FACTORIES.contains(steps.get(0).getNameAsString());
      }
      if (!typed) {
        return null;
      }
      for (MethodCallExpr later : method.callsOn(name.getNameAsString())) {
        steps.add(later); // wrapper.set(..).eq(..): the calls chained on it count too
        steps.addAll(Fluent.after(later));
      }
      return steps;
    }
    steps.addAll(Fluent.chain(value));
    root = Fluent.root(value);
    return isWrapper(root) || !steps.isEmpty() && "Wrappers".equals(steps.get(0).getScope().map(Fluent::lastIdentifier).orElse(null))
        ? steps : null;
  }

  /** The wrapper local is an argument of some call other than the write: that method may add conditions. */
  private static boolean handedToAnotherCall(Expression wrapper, MethodCallExpr write, MethodScope method) {
    if (!(Fluent.unwrap(wrapper) instanceof NameExpr name)) {
      return false;
    }
    for (NameExpr read : method.reads(name.getNameAsString())) {
      if (read.getParentNode().orElse(null) instanceof MethodCallExpr call && call != write
          && call.getArguments().stream().anyMatch(argument -> argument == read)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWrapper(Expression root) {
    return root instanceof ObjectCreationExpr creation && WRAPPERS.contains(creation.getType().getNameAsString());
  }

  /**
   * The receiver's declared type as qualified candidates: a field, parameter or local; {@code this}
   * or no receiver in a service ({@code updateById(e)} inside a {@code ServiceImpl}); {@code
   * baseMapper} or {@code this.baseMapper}, inherited from {@code ServiceImpl}. Empty when unknown.
   */
  private List<String> receiverTypes(Expression receiver, MethodScope method) {
    TypeScope type = method.type();
    String written = CallSites.typeOf(receiver, method);
    String field = written == null ? inheritedField(receiver, method) : null;
    if (receiver == null || receiver instanceof ThisExpr || receiver instanceof SuperExpr || "baseMapper".equals(field)) {
      return List.of(type.qualifiedName());
    }
    if (field != null) {
      return List.of(MappedWrite.inheritedField(type.qualifiedName(), field));
    }
    return written == null ? List.of() : imports.typeCandidates(written);
  }

  /** The name of a field the class does not declare ({@code mapper}, {@code this.mapper}): a supertype may; else null. */
  private static String inheritedField(Expression receiver, MethodScope method) {
    Expression expression = Fluent.unwrap(receiver);
    String name = expression instanceof NameExpr bare && method.local(bare.getNameAsString()) == null
        ? bare.getNameAsString()
        : expression instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr ? field.getNameAsString() : null;
    return name != null && method.type().qualifiedName() != null ? name : null;
  }
}
