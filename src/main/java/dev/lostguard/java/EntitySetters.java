package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lostguard.model.BuiltArgument.SetProperty;
import dev.lostguard.model.MappedWrite.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What code sets on an entity before it writes it ({@code order.setStatus(..)} sets {@code status}),
 * each value as a SQL literal when the code fixes it ({@link FixedValues}). Shared by the framework
 * adapters that write an entity's set properties (MyBatis-Plus {@code updateById}) and by
 * {@link BuiltArguments} (an entity passed to a MyBatis mapper's selective statement).
 */
final class EntitySetters {

  /** Name prefixes of calls that load a stored row rather than build one. */
  private static final List<String> LOADS =
      List.of("get", "select", "find", "load", "query", "fetch", "read", "lambdaQuery", "one", "list", "search");

  private EntitySetters() {}

  /**
   * The terms a MyBatis-Plus write of {@code entity} sets. An entity that is a parameter carries whatever
   * its caller put in it (often a whole request body), so it writes every column besides what this
   * method sets on it (unless it is a private helper's, and every call passes a row just loaded:
   * {@link #loadedByEveryCaller}); so does one built by a constructor with arguments ({@code new Tenant(id, code,
   * desc)}), which fills fields we cannot see, and one a converter builds from a form. Empty means
   * every column.
   */
  static List<Term> terms(Expression entity, MethodScope method) {
    if (Fluent.unwrap(entity) instanceof MethodCallExpr && Fluent.root(entity) instanceof ObjectCreationExpr) {
      return chained(Fluent.chain(entity), method).map(s -> s.stream().map(EntitySetters::term).toList())
          .orElse(List.of()); // new Order().setStatus(s).setNote(n)
    }
    Optional<List<SetProperty>> built = builtByBuilder(entity, method);
    if (built.isPresent()) {
      return built.get().stream().map(EntitySetters::term).toList(); // Order.builder().status(s).build()
    }
    if (Fluent.unwrap(entity) instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      return initializedTerms(creation, method); // new Form() {{ setDeleted(TRUE); }}
    }
    if (!(Fluent.unwrap(entity) instanceof NameExpr name)) {
      return List.of();
    }
    List<Term> set = new ArrayList<>();
    MethodScope.Local local = method.local(name.getNameAsString());
    if (local != null && (local.declaration() instanceof Parameter && !loadedByEveryCaller(name, method)
        || filledByConstructor(local) || converted(local, method))) {
      set.add(Term.EVERY_COLUMN);
    }
    if (local != null && local.initializer() != null) {
      builtByBuilder(local.initializer(), method).ifPresent(b -> b.forEach(p -> set.add(term(p))));
    }
    for (MethodCallExpr call : method.callsOn(name.getNameAsString())) {
      String property = Fluent.setterProperty(call.getNameAsString());
      if (property != null && call.getArguments().size() == 1 && Anchors.after(entity, call)
          && !keptAsRead(property, call.getArgument(0), method)) {
        set.add(assigned(property, call.getArgument(0), method));
      }
    }
    copied(name.getNameAsString(), entity, method).ifPresent(set::add);
    return set.equals(List.of(Term.EVERY_COLUMN)) ? List.of() : List.copyOf(set);
  }

  /**
   * {@code BeanUtils.copyProperties(form, entity)} (Spring's, Hutool's {@code BeanUtil}) before the
   * write: the properties of the form's declared type; every column when its type is not declared here.
   */
  private static Optional<Term> copied(String entity, Expression write, MethodScope method) {
    Term found = null;
    for (NameExpr read : method.reads(entity)) {
      if (read.getParentNode().orElse(null) instanceof MethodCallExpr call
          && call.getNameAsString().equals("copyProperties") && call.getArguments().size() >= 2
          && call.getArgument(1) == read && Anchors.after(write, call)) {
        String source = CallSites.typeOf(call.getArgument(0), method);
        found = source == null ? Term.EVERY_COLUMN : Term.copiedFrom(source);
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The terms a batch write ({@code updateBatchById(rows)}) of a list this method fills sets: the union
   * of what each added entity sets ({@code rows.add(d)} after {@code d.setSort(..)}, or a
   * {@code new Department() {{ setId(id); setSort(n); }}}), of a stream it maps to entities it builds
   * ({@link #mappedToBuilt}), or of a list it loads and changes ({@link #loadedRowsTerms}). Empty
   * (every column) when the list comes from elsewhere or some entity added to it carries unknown fields.
   */
  static List<Term> batchTerms(Expression rows, MethodScope method) {
    if (!(Fluent.unwrap(rows) instanceof NameExpr name)) {
      return List.of();
    }
    MethodScope.Local local = method.local(name.getNameAsString());
    Optional<List<Term>> mapped = local == null ? Optional.empty() : mappedToBuilt(local.initializer(), method);
    if (mapped.isPresent()) {
      return mapped.get();
    }
    if (local != null && loaded(local.initializer())) {
      return loadedRowsTerms(name.getNameAsString(), local.initializer(), rows, method);
    }
    if (local == null || !(Fluent.unwrap(local.initializer()) instanceof ObjectCreationExpr list)
        || !list.getType().getNameAsString().endsWith("List") || list.getAnonymousClassBody().isPresent()) {
      return List.of();
    }
    List<Term> union = new ArrayList<>();
    for (MethodCallExpr call : method.callsOn(name.getNameAsString())) {
      if (!call.getNameAsString().equals("add") || call.getArguments().size() != 1) {
        continue;
      }
      Expression element = Fluent.unwrap(call.getArgument(0));
      List<Term> terms = element instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
          ? initializedTerms(creation, method)
          : terms(element, method);
      if (terms.isEmpty()) {
        return List.of();
      }
      terms.stream().filter(t -> !union.contains(t)).forEach(union::add);
    }
    return List.copyOf(union);
  }

  /**
   * {@code ids.stream().map(id -> Article.builder().id(id).isDelete(d).build()).collect(..)}: a stream
   * whose elements become entities built in a lambda ({@link #builtInline}); what those set. Empty when the chain maps to nothing built so.
   */
  private static Optional<List<Term>> mappedToBuilt(Expression initializer, MethodScope method) {
    if (initializer == null) {
      return Optional.empty();
    }
    for (MethodCallExpr call : Fluent.chain(initializer)) {
      if (!call.getNameAsString().equals("map") || call.getArguments().size() != 1
          || !(Fluent.unwrap(call.getArgument(0)) instanceof LambdaExpr lambda)) {
        continue;
      }
      Optional<Expression> element = lambda.getExpressionBody();
      Optional<List<SetProperty>> built = element.isPresent() ? builtInline(element.get(), method)
          : builtInBlock(lambda, method);
      if (built.isPresent()) {
        return Optional.of(built.get().stream().map(EntitySetters::term).toList());
      }
    }
    return Optional.empty();
  }

  /**
   * {@code item -> { Detail d = new Detail(); d.setId(item); d.setStatus(ASSIGNED); return d; }}: an
   * entity the lambda makes empty, fills with setters alone and returns; empty when it does anything else.
   */
  private static Optional<List<SetProperty>> builtInBlock(LambdaExpr lambda, MethodScope method) {
    if (!(lambda.getBody() instanceof BlockStmt block) || block.getStatements().size() < 2
        || !(block.getStatements().getLast().orElseThrow() instanceof ReturnStmt returned)
        || !(returned.getExpression().map(Fluent::unwrap).orElse(null) instanceof NameExpr entity)
        || !(block.getStatements().get(0) instanceof ExpressionStmt first)
        || !(first.getExpression() instanceof VariableDeclarationExpr declaration)
        || declaration.getVariables().size() != 1
        || !declaration.getVariable(0).getNameAsString().equals(entity.getNameAsString())
        || !(declaration.getVariable(0).getInitializer().map(Fluent::unwrap).orElse(null) instanceof ObjectCreationExpr
            creation && empty(creation))) {
      return Optional.empty();
    }
    List<SetProperty> set = new ArrayList<>();
    for (Statement statement : block.getStatements().subList(1, block.getStatements().size() - 1)) {
      if (!(statement instanceof ExpressionStmt step && step.getExpression() instanceof MethodCallExpr call
          && call.getArguments().size() == 1
          && call.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr on
          && on.getNameAsString().equals(entity.getNameAsString())
          && Fluent.setterProperty(call.getNameAsString()) != null)) {
        return Optional.empty(); // something besides a setter on the entity
      }
      set.add(setter(Fluent.setterProperty(call.getNameAsString()), call.getArgument(0), method));
    }
    return Optional.of(set);
  }

  /** Some call of the chain loads stored rows: {@code this.list(q)}, {@code mapper.selectList(q).stream()...}. */
  private static boolean loaded(Expression initializer) {
    return initializer != null
        && Fluent.chain(initializer).stream().anyMatch(c -> LOADS.stream().anyMatch(c.getNameAsString()::startsWith));
  }

  /** {@code rows}, or its stream ({@code rows.stream()}, {@code rows.parallelStream()}). */
  private static boolean names(Expression receiver, String list) {
    if (receiver instanceof MethodCallExpr stream && stream.getArguments().isEmpty()
        && (stream.getNameAsString().equals("stream") || stream.getNameAsString().equals("parallelStream"))) {
      return names(stream.getScope().map(Fluent::unwrap).orElse(null), list);
    }
    return receiver instanceof NameExpr on && on.getNameAsString().equals(list);
  }

  /**
   * A list the method loads and changes before writing it back ({@code .peek(m -> m.setModule(module))}
   * in its stream, {@code rows.forEach(r -> r.setSort(..))}, also on {@code rows.stream()}, a for-each loop
   * over it): the rows as read
   * a moment ago, plus what those setters set, which is all a request can have sent. Empty (every
   * column) when no setter is seen.
   */
  private static List<Term> loadedRowsTerms(String list, Expression initializer, Expression write, MethodScope method) {
    List<MethodCallExpr> setters = new ArrayList<>(lambdaSetters(initializer));
    write.findAncestor(CallableDeclaration.class).ifPresent(body -> {
      for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
        if (call.getNameAsString().equals("forEach") && names(call.getScope().map(Fluent::unwrap).orElse(null), list)) {
          call.getArguments().forEach(argument -> setters.addAll(lambdaSetters(argument)));
        }
      }
      for (ForEachStmt loop : body.findAll(ForEachStmt.class)) {
        if (Fluent.unwrap(loop.getIterable()) instanceof NameExpr on && on.getNameAsString().equals(list)) {
          String element = loop.getVariableDeclarator().getNameAsString();
          loop.getBody().findAll(MethodCallExpr.class).stream()
              .filter(c -> c.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr n && n.getNameAsString().equals(element))
              .forEach(setters::add);
        }
      }
    });
    List<Term> terms = new ArrayList<>();
    for (MethodCallExpr call : setters) {
      String property = Fluent.setterProperty(call.getNameAsString());
      if (property != null && call.getArguments().size() == 1) {
        Term term = assigned(property, call.getArgument(0), method);
        if (!terms.contains(term)) {
          terms.add(term);
        }
      }
    }
    return List.copyOf(terms);
  }

  /** Setter calls on a lambda's parameter inside {@code expression}: {@code m -> m.setModule(x)}. */
  private static List<MethodCallExpr> lambdaSetters(Expression expression) {
    List<MethodCallExpr> found = new ArrayList<>();
    for (LambdaExpr lambda : expression.findAll(LambdaExpr.class)) {
      Set<String> parameters = new HashSet<>();
      lambda.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
      lambda.getBody().findAll(MethodCallExpr.class).stream()
          .filter(c -> Fluent.setterProperty(c.getNameAsString()) != null
              && c.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr n && parameters.contains(n.getNameAsString()))
          .forEach(found::add);
    }
    return found;
  }

  /** {@code new T() {{ setId(id); setSort(n); }}}: the setters its initializer calls; empty when anything else. */
  private static List<Term> initializedTerms(ObjectCreationExpr creation, MethodScope method) {
    if (creation.getArguments().isNonEmpty()) {
      return List.of();
    }
    List<Term> set = new ArrayList<>();
    for (BodyDeclaration<?> member : creation.getAnonymousClassBody().orElseThrow()) {
      if (!(member instanceof InitializerDeclaration initializer)) {
        return List.of();
      }
      for (Statement statement : initializer.getBody().getStatements()) {
        MethodCallExpr call = statement instanceof ExpressionStmt expression
            && expression.getExpression() instanceof MethodCallExpr c && c.getScope().isEmpty()
            && c.getArguments().size() == 1 ? c : null;
        String property = call == null ? null : Fluent.setterProperty(call.getNameAsString());
        if (property == null) {
          return List.of();
        }
        set.add(assigned(property, call.getArgument(0), method));
      }
    }
    return List.copyOf(set);
  }

  /**
   * The properties set on an entity this method builds itself and hands to no other code before
   * {@code entity} uses it: a local initialised by {@code new T()} (no arguments) that is never
   * reassigned and only has setters and getters called on it before, or a chain of setters on {@code
   * new T()}. A property set to {@code null} on every path is not set; one set to different values has
   * no literal. Empty when the entity is anything else.
   */
  static Optional<List<SetProperty>> ofBuilt(Expression entity, MethodScope method) {
    Expression value = Fluent.unwrap(entity);
    if (value instanceof ObjectCreationExpr creation) {
      return empty(creation) ? Optional.of(List.of()) : Optional.empty();
    }
    if (value instanceof MethodCallExpr) {
      return builtInline(value, method).map(EntitySetters::merged);
    }
    Expression initializer = soleInitializer(value, method);
    Optional<List<SetProperty>> built = builtByBuilder(initializer, method);
    if (!(initializer instanceof ObjectCreationExpr creation && empty(creation)) && built.isEmpty()) {
      return Optional.empty();
    }
    return setBefore((NameExpr) value, built.orElse(List.of()), method);
  }

  /**
   * The properties set on a row this method loads ({@code o = mapper.selectByPrimaryKey(id)}) and then
   * changes with setters only before {@code entity} writes it back: the rest of the row goes back as it
   * was read a moment ago, so those setters are all the write changes. Empty when the entity is
   * anything else, or is handed to other code (a copy from a form) before the write.
   */
  static Optional<List<SetProperty>> ofLoaded(Expression entity, MethodScope method) {
    Expression value = Fluent.unwrap(entity);
    Expression initializer = soleInitializer(value, method);
    if (!(initializer instanceof MethodCallExpr) || !loaded(initializer)) {
      return loadedByEveryCaller(value, method) ? setBefore((NameExpr) value, List.of(), method) : Optional.empty();
    }
    return setBefore((NameExpr) value, List.of(), method);
  }

  /**
   * A parameter of a private method that every call in its class passes a row the caller loaded and
   * only read ({@code Schedule s = mapper.selectById(id); doOnline(s);}): the helper's setters are then
   * all the write changes, as if it had loaded the row itself. Only private methods: every call of one
   * is in the class.
   */
  private static boolean loadedByEveryCaller(Expression value, MethodScope method) {
    if (!(value instanceof NameExpr name) || !method.assignmentsOf(name.getNameAsString()).isEmpty()) {
      return false;
    }
    MethodScope.Local local = method.localAt(name);
    if (local == null || !(local.declaration() instanceof Parameter parameter)
        || !(parameter.getParentNode().orElse(null) instanceof MethodDeclaration helper) || !helper.isPrivate()) {
      return false;
    }
    int index = helper.getParameters().indexOf(parameter);
    Node type = helper.getParentNode().orElse(null);
    if (type == null || index < 0) {
      return false;
    }
    List<MethodCallExpr> calls = type.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals(helper.getNameAsString())
        && call.getArguments().size() == helper.getParameters().size()
        && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr));
    return !calls.isEmpty() && calls.stream().allMatch(call -> passesALoadedRow(call, index));
  }

  /** The call's argument is a local its method loaded once and used before the call only to read. */
  private static boolean passesALoadedRow(MethodCallExpr call, int index) {
    if (!(Fluent.unwrap(call.getArgument(index)) instanceof NameExpr argument)) {
      return false;
    }
    CallableDeclaration<?> caller = call.findAncestor(CallableDeclaration.class).orElse(null);
    if (caller == null) {
      return false;
    }
    String name = argument.getNameAsString();
    List<VariableDeclarator> declared = caller.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name));
    if (declared.size() != 1 || declared.get(0).getInitializer().map(i -> !loaded(Fluent.unwrap(i))).orElse(true)
        || !caller.findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name))
            .isEmpty()) {
      return false;
    }
    for (NameExpr use : caller.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      if (use == argument || !Anchors.after(argument, use) || nullTest(use)) {
        continue;
      }
      if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr read) || read.getScope().orElse(null) != use
          || !getter(read)) {
        return false; // changed, copied into or handed to other code before the call
      }
    }
    return true;
  }

  /** The initializer of a local this method declares and assigns once, or null. */
  private static Expression soleInitializer(Expression value, MethodScope method) {
    if (!(value instanceof NameExpr name) || !method.assignedOnceAt(name)) {
      return null;
    }
    return Fluent.unwrap(method.localAt(name).initializer());
  }

  /**
   * {@code initial} and the properties set on {@code value}'s local before {@code value} uses it, when
   * only setters and getters are called on it before; empty when it is passed to other code, compared
   * or copied into first: then it may carry more.
   */
  private static Optional<List<SetProperty>> setBefore(NameExpr value, List<SetProperty> initial, MethodScope method) {
    List<SetProperty> set = new ArrayList<>(initial);
    for (NameExpr read : method.readsAt(value)) {
      if (read == value || Anchors.after(read, value) || nullTest(read)) {
        continue;
      }
      if (!(read.getParentNode().orElse(null) instanceof MethodCallExpr call) || call.getScope().orElse(null) != read) {
        return Optional.empty(); // passed to other code, compared, copied into: it may carry more
      }
      String property = Fluent.setterProperty(call.getNameAsString());
      if (property != null && call.getArguments().size() == 1) {
        if (!keptAsRead(property, call.getArgument(0), method)) {
          set.add(setter(property, call.getArgument(0), method));
        }
      } else if (!getter(call)) {
        return Optional.empty();
      }
    }
    return Optional.of(merged(set));
  }

  /** {@code row == null}, {@code null != row}: a test, not a use. */
  private static boolean nullTest(NameExpr read) {
    return read.getParentNode().orElse(null) instanceof BinaryExpr test
        && (test.getLeft().isNullLiteralExpr() || test.getRight().isNullLiteralExpr());
  }

  /** {@code column = ?}, or the literal when the code fixes the value ({@code setStatus(Status.OFFLINE)}). */
  static Term assigned(String column, Expression value, MethodScope method) {
    if (value != null && relativeToItsRead(column, value)) {
      return new Term(column, " = {self} + ?");
    }
    return value == null ? Term.parameter(column) : term(setter(column, value, method));
  }

  /** What code does to a value it just read to move it: {@code path.replaceFirst(old, renamed)}, {@code amount.add(x)}. */
  private static final Set<String> TRANSFORMS =
      Set.of("replace", "replaceFirst", "replaceAll", "concat", "add", "subtract", "plus", "minus");

  /**
   * {@code set(Marketing::getBrowse, marketing.getBrowse() + 1)}, {@code book.setWrongTimes(book.getWrongTimes()
   * + 1)}: the value read a moment ago, moved by an amount, a counter's step (racy, but no copy of what a
   * person edited); so is {@code child.setFilePath(child.getFilePath().replaceFirst(oldDir, newDir))}.
   */
  private static boolean relativeToItsRead(String property, Expression value) {
    if (flipsItsRead(property, Fluent.unwrap(value))) {
      return true;
    }
    if (Fluent.unwrap(value) instanceof MethodCallExpr transform && TRANSFORMS.contains(transform.getNameAsString())
        && transform.getScope().map(Fluent::unwrap).orElse(null) instanceof MethodCallExpr read) {
      return read.getArguments().isEmpty() && read.getScope().isPresent()
          && read.getNameAsString().equalsIgnoreCase("get" + property); // a path moved under a renamed folder
    }
    if (!(Fluent.unwrap(value) instanceof BinaryExpr step)
        || step.getOperator() != BinaryExpr.Operator.PLUS && step.getOperator() != BinaryExpr.Operator.MINUS) {
      return false;
    }
    return Fluent.unwrap(step.getLeft()) instanceof MethodCallExpr read && read.getArguments().isEmpty()
        && read.getScope().isPresent()
        && read.getNameAsString().equalsIgnoreCase("get" + property)
        && !(Fluent.unwrap(step.getRight()) instanceof MethodCallExpr);
  }

  /**
   * {@code article.setTop(!article.getTop())}, {@code setStatus(row.getStatus() == 1 ? 0 : 1)}: a switch
   * flipped from the value read a moment ago, in the same request; no copy a person held.
   */
  private static boolean flipsItsRead(String property, Expression value) {
    if (value instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return readsProperty(property, Fluent.unwrap(not.getExpression()));
    }
    if (value instanceof ConditionalExpr choice && Fluent.unwrap(choice.getThenExpr()) instanceof LiteralExpr
        && Fluent.unwrap(choice.getElseExpr()) instanceof LiteralExpr) {
      Expression condition = Fluent.unwrap(choice.getCondition());
      if (condition instanceof BinaryExpr test) {
        return readsProperty(property, Fluent.unwrap(test.getLeft())) || readsProperty(property, Fluent.unwrap(test.getRight()));
      }
      return readsProperty(property, condition)
          || condition instanceof MethodCallExpr equals && equals.getScope().map(Fluent::unwrap)
              .map(scope -> readsProperty(property, scope)).orElse(false);
    }
    return false;
  }

  /** {@code row.getTop()}, {@code row.isTop()}: the property read from an object. */
  private static boolean readsProperty(String property, Expression expression) {
    return expression instanceof MethodCallExpr read && read.getArguments().isEmpty() && read.getScope().isPresent()
        && (read.getNameAsString().equalsIgnoreCase("get" + property) || read.getNameAsString().equalsIgnoreCase("is" + property));
  }

  /**
   * {@code .parentId(record.getParentId())} with {@code record = dao.selectById(id)}: the value the row
   * held a moment ago goes back unchanged, no more a change than a property left unset.
   */
  private static boolean keptAsRead(String property, Expression value, MethodScope method) {
    if (!(Fluent.unwrap(value) instanceof MethodCallExpr read) || read.getArguments().isNonEmpty()
        || !read.getNameAsString().equalsIgnoreCase("get" + property)
        || !(read.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr row)) {
      return false;
    }
    Expression initializer = soleInitializer(row, method);
    return initializer instanceof MethodCallExpr && loaded(initializer);
  }

  private static SetProperty setter(String property, Expression value, MethodScope method) {
    return new SetProperty(property, FixedValues.sqlLiteral(value, method).orElse(null));
  }

  private static Term term(SetProperty set) {
    return set.literal() == null ? Term.parameter(set.name()) : new Term(set.name(), " = " + set.literal());
  }

  /** The properties a chain of fluent setters sets; empty when some call is not a setter. */
  private static Optional<List<SetProperty>> chained(List<MethodCallExpr> chain, MethodScope method) {
    List<SetProperty> set = new ArrayList<>();
    for (MethodCallExpr call : chain) {
      String property = Fluent.setterProperty(call.getNameAsString());
      if (property == null || call.getArguments().size() != 1) {
        return Optional.empty();
      }
      if (!keptAsRead(property, call.getArgument(0), method)) {
        set.add(setter(property, call.getArgument(0), method));
      }
    }
    return Optional.of(List.copyOf(set));
  }

  /**
   * An entity built in one expression: a chain of setters on {@code new T()}, or a builder ({@link
   * #builtByBuilder}); what it sets. Empty when the expression is anything else.
   */
  private static Optional<List<SetProperty>> builtInline(Expression value, MethodScope method) {
    return Fluent.unwrap(value) instanceof MethodCallExpr
        && Fluent.root(value) instanceof ObjectCreationExpr creation && empty(creation)
        ? chained(Fluent.chain(value), method)
        : builtByBuilder(value, method);
  }

  /**
   * {@code Order.builder().id(id).status(s).build()} (Lombok's, or any builder named so): the properties
   * its calls name, one argument each. Empty when the chain is anything else ({@code toBuilder()} of a
   * loaded row carries every field).
   */
  private static Optional<List<SetProperty>> builtByBuilder(Expression value, MethodScope method) {
    List<MethodCallExpr> chain = Fluent.chain(value);
    if (chain.size() < 2 || !chain.get(0).getNameAsString().equals("builder") || chain.get(0).getArguments().isNonEmpty()
        || !(Fluent.root(value) instanceof NameExpr type) || !Character.isUpperCase(type.getNameAsString().charAt(0))
        || !chain.get(chain.size() - 1).getNameAsString().equals("build")
        || chain.get(chain.size() - 1).getArguments().isNonEmpty()) {
      return Optional.empty();
    }
    List<SetProperty> set = new ArrayList<>();
    for (MethodCallExpr call : chain.subList(1, chain.size() - 1)) {
      if (call.getArguments().size() != 1) {
        return Optional.empty();
      }
      if (!keptAsRead(call.getNameAsString(), call.getArgument(0), method)) {
        set.add(setter(call.getNameAsString(), call.getArgument(0), method));
      }
    }
    return Optional.of(List.copyOf(set));
  }

  /** One entry per property, in first-set order: no literal when its setters disagree, gone when all set null. */
  private static List<SetProperty> merged(List<SetProperty> set) {
    Map<String, List<String>> literals = new LinkedHashMap<>();
    set.forEach(s -> literals.computeIfAbsent(s.name(), n -> new ArrayList<>(1)).add(s.literal()));
    List<SetProperty> result = new ArrayList<>();
    literals.forEach((property, values) -> {
      if (values.stream().allMatch("NULL"::equals)) {
        return;
      }
      boolean same = values.stream().allMatch(v -> Objects.equals(v, values.get(0))) && !"NULL".equals(values.get(0));
      result.add(new SetProperty(property, same ? values.get(0) : null));
    });
    return List.copyOf(result);
  }

  private static boolean getter(MethodCallExpr call) {
    String name = call.getNameAsString();
    return call.getArguments().isEmpty() && (name.startsWith("get") || name.startsWith("is"));
  }

  private static boolean empty(ObjectCreationExpr creation) {
    return creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty();
  }

  /**
   * Built from other objects by a call that is not a load: {@code converter.toEntity(form)},
   * {@code BeanUtil.copyProperties(form, User.class)}, {@code modelMapper.map(form, User.class)}, or a
   * form's own conversion ({@code menuDto.toBean()}). It
   * carries every field the source had. A load ({@code getById(id)}, {@code selectOne(q)},
   * {@code findByCode(c)}) brings the stored row, whose unchanged columns an update writes back as read;
   * a call named like a load but handed a form ({@code getParam(menuVo)}) converts it.
   */
  private static boolean converted(MethodScope.Local local, MethodScope method) {
    if (local.initializer() == null || !(Fluent.unwrap(local.initializer()) instanceof MethodCallExpr call)) {
      return false;
    }
    String name = call.getNameAsString();
    if (call.getArguments().isEmpty()) {
      return call.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr && CONVERSION.matcher(name).matches();
    }
    return LOADS.stream().noneMatch(name::startsWith) || call.getArguments().stream().anyMatch(a -> form(a, method));
  }

  /** {@code getParam(menuVo)}: a load's name, but what it is handed is a form, not an id or a query. */
  private static boolean form(Expression argument, MethodScope method) {
    String type = Fluent.unwrap(argument) instanceof NameExpr ? CallSites.typeOf(argument, method) : null;
    return type != null && FORM_TYPE.matcher(SqlSinks.simpleName(type)).matches();
  }

  private static final Pattern FORM_TYPE =
      Pattern.compile("[A-Z][A-Za-z0-9]*(VO|Vo|DTO|Dto|Form|Request|Req|Param|Params|Command|Cmd)");

  /** {@code form.toEntity()}, {@code dto.toBean()}, {@code vo.asDomain()}, {@code req.convert()}: a form turned into an entity. */
  private static final Pattern CONVERSION =
      Pattern.compile("(to|as)[A-Z][A-Za-z0-9]*|convert[A-Za-z0-9]*|copy[A-Za-z0-9]*");

  /**
   * An entity the method makes empty and fills with setters here ({@code new Order().setId(id)...},
   * {@code Order o = new Order(); o.setId(id);}, a builder), setting no version: MyBatis-Plus compares
   * and bumps an {@code @Version} only when the entity carries one, so its update of this entity checks
   * nothing.
   */
  static boolean builtWithoutVersion(Expression entity, MethodScope method) {
    Expression value = Fluent.unwrap(entity);
    boolean built = value instanceof MethodCallExpr && Fluent.root(entity) instanceof ObjectCreationExpr creation
        && creation.getArguments().isEmpty()
        || builtByBuilder(entity, method).isPresent();
    if (!built && value instanceof NameExpr name && method.assignedOnceAt(name)) {
      MethodScope.Local local = method.localAt(name);
      built = local != null && local.initializer() != null
          && (Fluent.unwrap(local.initializer()) instanceof ObjectCreationExpr creation && empty(creation)
              || builtByBuilder(local.initializer(), method).isPresent());
    }
    return built && terms(entity, method).stream()
        .noneMatch(term -> term.equals(Term.EVERY_COLUMN) || term.copiedType() != null
            || VERSION_PROPERTY.matcher(term.name()).matches());
  }

  /**
   * The declared type of the form the whole entity is a copy of, when nothing here sets its version:
   * {@code BeanUtil.copyProperties(vo, Order.class)}, {@code OrderConvert.INSTANCE.convert(vo)}, a local
   * made by either, or {@code new Order()} filled by {@code BeanUtils.copyProperties(vo, order)}; else
   * null. MyBatis-Plus compares a version only when the entity carries one, so it carries one only if
   * the form has it.
   */
  static String versionSource(Expression entity, MethodScope method) {
    Expression value = Fluent.unwrap(entity);
    String source = copySource(value, method);
    Expression initializer = null;
    if (source == null && value instanceof NameExpr name && method.assignedOnceAt(name)) {
      MethodScope.Local local = method.localAt(name);
      initializer = local == null ? null : Fluent.unwrap(local.initializer());
      source = copySource(initializer, method);
    }
    boolean copiedOntoNew = source == null && initializer instanceof ObjectCreationExpr creation && empty(creation);
    boolean copiedOntoLoaded = source == null && keyOfLoad(initializer).isPresent();
    if (source == null && !copiedOntoNew && !copiedOntoLoaded) {
      return null;
    }
    List<Term> terms = terms(entity, method);
    if (copiedOntoLoaded) {
      // Order o = getById(id); copyProperties(vo, o): o keeps the version just loaded, not the one the client saw
      return terms.stream().anyMatch(term -> VERSION_PROPERTY.matcher(term.name()).matches()) ? null
          : terms.stream().map(Term::copiedType).filter(type -> type != null).findFirst().orElse(null);
    }
    if (copiedOntoNew) {
      // new Order() + copyProperties(vo, order), and nothing else set on it
      return terms.size() == 1 ? terms.get(0).copiedType() : null;
    }
    return terms.stream().anyMatch(term -> VERSION_PROPERTY.matcher(term.name()).matches()) ? null : source;
  }

  /** The form type of {@code copyProperties(vo, Order.class)}, {@code toBean(vo, Order.class)} or {@code convert(vo)}. */
  private static String copySource(Expression value, MethodScope method) {
    if (!(value instanceof MethodCallExpr call) || call.getArguments().isEmpty()) {
      return null;
    }
    String name = call.getNameAsString();
    boolean copy = (name.equals("copyProperties") || name.equals("toBean") || name.equals("copyBean"))
        && call.getArguments().size() == 2 && call.getArgument(1) instanceof ClassExpr;
    boolean conversion = call.getArguments().size() == 1 && CONVERSION.matcher(name).matches();
    if (!copy && !conversion) {
      return null;
    }
    String type = Fluent.unwrap(call.getArgument(0)) instanceof NameExpr ? CallSites.typeOf(call.getArgument(0), method) : null;
    return type != null && FORM_TYPE.matcher(SqlSinks.simpleName(type)).matches() ? type : null;
  }

  private static final Pattern VERSION_PROPERTY = Pattern.compile("(?i).*(version|revision|lock).*");

  /** Loads of one row by its key: MyBatis-Plus's {@code getById}/{@code selectById}, a manager's {@code findById}. */
  private static final Set<String> LOADS_BY_KEY = Set.of("getById", "selectById", "findById");
  /** What takes the row out of an {@code Optional} a load returns. */
  private static final Set<String> OPTIONAL_VALUES = Set.of("get", "orElseThrow", "orElse");

  /**
   * The key of a load of one row as stored now ({@code getById(id)}, {@code selectById(id)},
   * {@code manager.findById(id).orElseThrow(..)}), or empty when {@code initializer} is no such load.
   */
  static Optional<Expression> keyOfLoad(Expression initializer) {
    Expression load = initializer == null ? null : Fluent.unwrap(initializer);
    if (load instanceof MethodCallExpr unwrap && OPTIONAL_VALUES.contains(unwrap.getNameAsString())
        && unwrap.getScope().isPresent()) {
      load = Fluent.unwrap(unwrap.getScope().get());
    }
    return load instanceof MethodCallExpr call && LOADS_BY_KEY.contains(call.getNameAsString())
        && call.getArguments().size() == 1 ? Optional.of(call.getArgument(0)) : Optional.empty();
  }

  private static boolean filledByConstructor(MethodScope.Local local) {
    return local.initializer() != null
        && Fluent.unwrap(local.initializer()) instanceof ObjectCreationExpr creation
        && creation.getArguments().isNonEmpty()
        && creation.getAnonymousClassBody().isEmpty();
  }
}
