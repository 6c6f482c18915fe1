package dev.lostguard.scan;

import dev.lostguard.model.AnalysisSettings;
import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.BuiltArgument;
import dev.lostguard.model.CallGraph;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.GenericBases;
import dev.lostguard.model.MapperFacts;
import dev.lostguard.model.MapperNode;
import dev.lostguard.model.MapperStatement;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PessimisticLocks;
import dev.lostguard.model.Operator;
import dev.lostguard.model.ParameterFacts;
import dev.lostguard.model.Predicate;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.StringConstant;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import dev.lostguard.model.WriteSite;
import dev.lostguard.sql.SqlFileAnalyzer;
import dev.lostguard.xml.DynamicSql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns MyBatis XML mapper statements into write sites, in two steps. {@link #render} (in parallel, once
 * every file is read, since an {@code <include>} may name another mapper's fragment) renders each
 * {@code <update>}, {@code <delete>} and {@code <insert>} and analyses the SQL. {@link #link} (once the
 * call graph exists) places each write at its element and ties it to the mapper interface's method
 * ({@code namespace} + {@code id}): the method's return type tells whether the row count reaches the
 * caller, its callers whether project code runs the statement at all. Java code may also run a
 * statement by its id ({@code sqlSession.update("ns.id", x)}): each such call is then the write, located
 * at the call, with the call's row count and callers, and the statement's element as a related location.
 * A generated statement that no project code calls is set aside: it counts in the table inventory,
 * never as a finding. So is one bound to a method the mapper inherits from a generic base
 * ({@code BaseMapper<User>}) when the calls of that method run it for other mappers only
 * ({@link GenericBases}).
 *
 * <p>A selective statement (its SET or filter made of {@code <if test="p != null">}: MyBatis Generator's
 * {@code updateByPrimaryKeySelective}) writes what each caller set on the entity. A call that passes an
 * entity it built itself ({@link SelectiveCalls}) is judged on its own rendering, located at the call
 * like a call by id; when every project call is such a call, the statement's own site is not written.
 */
final class MapperWrites {

  private static final Set<String> WRITES = Set.of("insert", "update", "delete");
  private static final Set<String> COUNT_TYPES = Set.of("int", "long", "Integer", "Long", "boolean", "Boolean");

  /** A write statement and the mapper that declares it. */
  private record Pending(MapperFacts mapper, MapperStatement statement) {}

  /**
   * One statement, rendered and analysed; {@code tableUnknown} counts its writes whose table is a
   * {@code ${...}} substitution, known only at run time (not judged, counted as unresolved).
   */
  private record Rendered(
      MapperFacts mapper,
      MapperStatement statement,
      List<WriteSite> sites,
      DynamicSql.Rendering rendering,
      int unparsed,
      List<ProcessingError> errors,
      int tableUnknown) {

    Rendered(MapperFacts mapper, MapperStatement statement, List<WriteSite> sites, DynamicSql.Rendering rendering,
        int unparsed, List<ProcessingError> errors) {
      this(mapper, statement, sites, rendering, unparsed, errors, 0);
    }
  }

  /** The write sites, and how many generated statements were set aside. */
  record Linked(List<WriteSite> writes, int setAside) {}

  private final List<Rendered> rendered;
  private final AnalysisSettings settings;
  private final StatementIds.Reached byId;
  private final DynamicSql dynamicSql;
  private final SelectiveCalls selective;
  private final Map<String, String> lockingReads;
  /** Statements set aside as copies of another mapper file's ({@link #copies}). */
  private final int copies;

  private MapperWrites(List<Rendered> rendered, AnalysisSettings settings, StatementIds.Reached byId,
      DynamicSql dynamicSql, SelectiveCalls selective, Map<String, String> lockingReads, int copies) {
    this.lockingReads = lockingReads;
    this.copies = copies;
    this.rendered = rendered;
    this.settings = settings;
    this.byId = byId;
    this.dynamicSql = dynamicSql;
    this.selective = selective;
  }

  static MapperWrites render(
      List<FileFacts> facts, Workers workers, AnalysisSettings settings, List<StatementIdCall> idCalls) {
    Map<String, MapperNode.Element> fragments = new HashMap<>();
    Map<String, String> lockingReads = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    for (FileFacts file : facts) {
      for (MapperFacts mapper : file.mappers()) {
        mapper.fragments().forEach((id, fragment) -> fragments.putIfAbsent(mapper.namespace() + "." + id, fragment));
        for (MapperStatement statement : mapper.statements()) {
          if (WRITES.contains(statement.kind())) {
            pending.add(new Pending(mapper, statement));
          } else if (statement.kind().equals("select")) {
            String text = text(statement.element());
            if (PessimisticLocks.locks(text)) {
              lockingReads.put(mapper.namespace() + "." + statement.id(), PessimisticLocks.table(text));
            }
          }
        }
      }
    }
    List<Pending> copies = copies(pending);
    pending.removeAll(copies);
    DynamicSql dynamicSql = new DynamicSql(Map.copyOf(fragments), settings::isVersionName);
    List<Rendered> rendered =
        workers.map(
            pending,
            p -> analyse(dynamicSql, p.mapper(), p.statement(), null),
            (p, failure) ->
                new Rendered(p.mapper(), p.statement(), List.of(), null, 1,
                    List.of(error(ErrorKind.PARSE_XML, p.statement(), "could not render " + sink(p.statement())
                        + ": " + failure))));
    return new MapperWrites(List.copyOf(rendered), settings, StatementIds.of(facts).reach(idCalls), dynamicSql,
        SelectiveCalls.of(facts), Map.copyOf(lockingReads), copies.size());
  }

  /**
   * Statements of a second mapper file with the same namespace and id ({@code generatorSqlmapCustom/...}
   * beside {@code src/main/resources/...}): MyBatis loads one, so the copies are set aside. The file
   * kept is the one under {@code src/main/}, else the one with the shortest path.
   */
  private static List<Pending> copies(List<Pending> pending) {
    Map<String, String> keptFile = new HashMap<>();
    for (Pending p : pending) {
      keptFile.merge(p.mapper().namespace(), p.mapper().path(), MapperWrites::preferred);
    }
    List<Pending> copies = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Pending p : pending) {
      if (p.mapper().path().equals(keptFile.get(p.mapper().namespace()))) {
        kept.add(p.mapper().namespace() + "." + p.statement().id());
      }
    }
    for (Pending p : pending) {
      if (!p.mapper().path().equals(keptFile.get(p.mapper().namespace()))
          && kept.contains(p.mapper().namespace() + "." + p.statement().id())) {
        copies.add(p);
      }
    }
    return copies;
  }

  private static String preferred(String a, String b) {
    boolean aMain = a.contains("src/main/");
    boolean bMain = b.contains("src/main/");
    if (aMain != bMain) {
      return aMain ? a : b;
    }
    return a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
  }

  /** The element's text with every branch's, as written: enough to see a {@code FOR UPDATE} and a table. */
  private static String text(MapperNode.Element element) {
    StringBuilder text = new StringBuilder();
    for (MapperNode child : element.children()) {
      if (child instanceof MapperNode.Text t) {
        text.append(t.text()).append(' ');
      } else if (child instanceof MapperNode.Element e) {
        text.append(text(e)).append(' ');
      }
    }
    return text.toString();
  }

  /** Selects that lock what they read ({@code FOR UPDATE}): {@code namespace.id} to the table, "" when unknown. */
  Map<String, String> lockingReads() {
    return lockingReads;
  }

  /** @param set the properties one call sets, or null to render the statement for any call */
  private static Rendered analyse(
      DynamicSql dynamicSql, MapperFacts mapper, MapperStatement statement, DynamicSql.CallProperties set) {
    DynamicSql.Rendering rendering = set == null ? dynamicSql.render(mapper.namespace(), statement.element())
        : dynamicSql.render(mapper.namespace(), statement.element(), set);
    if (rendering.unknown()) {
      return new Rendered(mapper, statement, List.of(), rendering, 0, List.of());
    }
    FileFacts facts = new SqlFileAnalyzer().analyze(mapper.path(), rendering.sql(), mapper.role());
    if (facts.statementsUnparsed() > 0 && set == null) {
      // Every <if> written gives SQL that cannot run: the <if>s may be alternatives, like a <choose>.
      DynamicSql.Rendering alternatives = dynamicSql.renderAlternatives(mapper.namespace(), statement.element());
      FileFacts retried = alternatives.sql().equals(rendering.sql()) ? facts
          : new SqlFileAnalyzer().analyze(mapper.path(), alternatives.sql(), mapper.role());
      if (retried.statementsUnparsed() == 0) {
        rendering = alternatives;
        facts = retried;
      }
    }
    List<ProcessingError> errors = new ArrayList<>();
    for (DynamicSql.Problem problem : rendering.problems()) {
      errors.add(ProcessingError.of(ErrorKind.PARSE_XML, mapper.path(), problem.line(), problem.message()));
    }
    for (ProcessingError error : facts.errors()) {
      errors.add(error(error.kind() == ErrorKind.TIMEOUT ? ErrorKind.TIMEOUT : ErrorKind.PARSE_SQL, statement,
          "SQL of " + sink(statement) + ": " + error.message()));
    }
    // UPDATE ${tableName} SET ..: the table is chosen at run time; its rendering p_tablename is no table.
    String written = text(statement.element()).toLowerCase(Locale.ROOT);
    List<WriteSite> sites = facts.writeSites().stream()
        .filter(site -> !(site.table().startsWith("p_") && written.contains("${" + site.table().substring(2))))
        .toList();
    return new Rendered(mapper, statement, sites, rendering, facts.statementsUnparsed(), List.copyOf(errors),
        facts.writeSites().size() - sites.size());
  }

  /** Statements whose SQL (or rendering) failed: each has an error. */
  int unparsed() {
    return rendered.stream().mapToInt(Rendered::unparsed).sum();
  }

  /**
   * Statements whose whole text or table is a {@code ${...}} substitution (known only at run time, not
   * guessed), and calls whose statement id names no statement of the project.
   */
  int unresolved() {
    return (int) rendered.stream().filter(r -> r.rendering() != null && r.rendering().unknown()).count()
        + rendered.stream().mapToInt(Rendered::tableUnknown).sum()
        + byId.unknown();
  }

  List<ProcessingError> errors() {
    List<ProcessingError> errors = new ArrayList<>();
    rendered.forEach(r -> errors.addAll(r.errors()));
    return errors;
  }

  Linked link(CallGraph graph) {
    List<WriteSite> writes = new ArrayList<>();
    int setAside = copies;
    for (Rendered r : rendered) {
      if (r.sites().isEmpty()) {
        continue;
      }
      MapperStatement statement = r.statement();
      List<MethodFacts> methods = interfaceMethods(graph, r.mapper().namespace(), statement.id());
      Optional<MethodFacts> called =
          methods.stream().filter(m -> GenericBases.calledFor(graph, m, r.mapper().namespace())).findFirst();
      MethodFacts method = called.orElse(methods.isEmpty() ? null : methods.get(0));
      String caveat = caveat(r);
      List<StatementIdCall> idCalls = byId.callsOf(statement);
      idCalls.forEach(call -> writes.addAll(runById(r, call, caveat)));
      if (called.isEmpty() && idCalls.stream().anyMatch(c -> c.role() == SourceRole.APPLICATION)) {
        continue; // the calls above are this statement's writes
      }
      if ((r.rendering().selective() || selective.anyLoadedRow()) && perCall(r, graph, methods, writes)) {
        continue; // every call was judged on its own rendering
      }
      Rendered judged = withFixedArguments(r, graph, methods);
      SourceRole role = r.mapper().role();
      // A generic base's method others call, but no call runs for this mapper (GenericBases), never runs either.
      boolean calledForOthersOnly = methods.stream().anyMatch(m -> !graph.callersOf(m.ref()).isEmpty());
      if ((statement.generated() || calledForOthersOnly) && called.isEmpty() && role == SourceRole.APPLICATION) {
        role = SourceRole.UNREACHED;
        setAside++;
      }
      MethodRef ref = method != null ? method.ref() : new MethodRef(r.mapper().namespace(), statement.id(), -1);
      for (WriteSite site : judged.sites()) {
        writes.add(site.inMapper(statement.location(), role, rowCount(method), ref, sink(statement), caveat));
      }
    }
    return new Linked(List.copyOf(writes), setAside);
  }

  /**
   * The statement rendered with the arguments that every project call of its method fixes in code as
   * their literals ({@code updateState(id, "DONE")} for {@code SET state = #{state}}), when the method
   * takes only plain values (an entity's properties are no parameters of the method), so the rules see
   * the command the code issues; else the statement as rendered for any call.
   */
  private Rendered withFixedArguments(Rendered r, CallGraph graph, List<MethodFacts> methods) {
    if (methods.isEmpty() || methods.stream().anyMatch(m -> m.ref().arity() != methods.get(0).ref().arity())) {
      return r;
    }
    Map<Integer, String> fixed = selective.fixedAtEveryCall(graph, r.mapper().namespace(), methods);
    List<ParameterFacts> parameters = methods.get(0).parameters();
    if (fixed.isEmpty() || parameters.size() != methods.get(0).ref().arity()
        || !parameters.stream().allMatch(p -> plainValue(graph, p.type()))) {
      return r;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      String literal = fixed.get(i);
      values.put(boundName(parameters.get(i)), literal);
      values.put("param" + (i + 1), literal);
      values.put("arg" + i, literal);
    }
    Rendered own = analyse(dynamicSql, r.mapper(), r.statement(), new DynamicSql.CallProperties(values, true, false));
    return own.sites().isEmpty() || own.unparsed() > 0 ? r : own;
  }

  private static final Set<String> PLAIN_TYPES = Set.of("String", "int", "long", "short", "byte", "boolean",
      "double", "float", "char", "Integer", "Long", "Short", "Byte", "Boolean", "Double", "Float", "Character",
      "BigDecimal", "BigInteger", "Date", "Timestamp", "LocalDateTime", "LocalDate", "LocalTime", "Instant",
      "OffsetDateTime", "ZonedDateTime", "UUID");

  /** A value MyBatis binds as itself: a number, text, a time, an enum; not an entity, map or list. */
  private static boolean plainValue(CallGraph graph, TypeRef type) {
    if (type == null) {
      return false;
    }
    return PLAIN_TYPES.contains(type.simpleName())
        || graph.projectType(type).flatMap(graph::type).map(t -> t.kind() == TypeFacts.Kind.ENUM).orElse(false);
  }

  /** The name a statement uses for the parameter: its {@code @Param} value, else its own name. */
  private static String boundName(ParameterFacts parameter) {
    for (AnnotationFacts annotation : parameter.annotations()) {
      List<String> value = annotation.attributes().get("value");
      if (annotation.is("org.apache.ibatis.annotations.Param") && value != null && value.size() == 1) {
        return value.get(0);
      }
    }
    return parameter.name();
  }

  /** The statement as one Java call runs it by id: at the call, with its row count, method and role. */
  private static List<WriteSite> runById(Rendered r, StatementIdCall idCall, String caveat) {
    SqlCall call = idCall.call();
    MapperStatement statement = r.statement();
    List<RelatedLocation> related = new ArrayList<>();
    related.add(definedHere(statement));
    for (StringConstant constant : idCall.constantsUsed()) {
      related.add(new RelatedLocation(constant.location().path(), constant.location().startLine(),
          "statement id " + constant.name() + " defined here"));
    }
    List<WriteSite> writes = new ArrayList<>();
    for (WriteSite site : r.sites()) {
      writes.add(site.inMapper(call.location(), idCall.role(), call.rowCount(), call.method(),
              call.sink() + " -> " + sink(statement), caveat)
          .withRelated(List.copyOf(related)));
    }
    return writes;
  }

  /**
   * The statement as each call that passes a built entity runs it, added to {@code writes}; true when
   * those are every project call of the statement, so its own site is not needed. A statement that is
   * not selective is judged per call only for rows the caller loaded and changed with setters: its
   * other columns go back as read ({@link DynamicSql.CallProperties#loadedRow}).
   */
  private boolean perCall(Rendered r, CallGraph graph, List<MethodFacts> methods, List<WriteSite> writes) {
    SelectiveCalls.Reached reached = selective.reach(graph, r.mapper().namespace(), methods);
    boolean every = reached.every();
    Map<DynamicSql.CallProperties, Rendered> renderings = new HashMap<>();
    for (SelectiveCalls.Match match : reached.matches()) {
      BuiltArgument call = match.placed().call();
      if (!r.rendering().selective() && !call.loadedRow()) {
        every = false; // an entity built for a statement that writes every property: judged as the statement
        continue;
      }
      Rendered own = renderings.computeIfAbsent(new DynamicSql.CallProperties(call.asMap(), call.arity() == 1, call.loadedRow()),
          set -> analyse(dynamicSql, r.mapper(), r.statement(), set));
      if (own.sites().isEmpty() || own.unparsed() > 0) {
        every = false; // SQL that cannot run (nothing set): judged as the statement
        continue;
      }
      MapperStatement statement = r.statement();
      RowCountUse rowCount = rowCount(match.method()) == RowCountUse.USED ? call.rowCount() : rowCount(match.method());
      for (WriteSite site : own.sites()) {
        writes.add(site.inMapper(call.location(), match.placed().role(), rowCount, call.method(),
                simpleName(r.mapper().namespace()) + "." + statement.id() + " -> " + sink(statement),
                caveat(own))
            .withRelated(List.of(definedHere(statement))));
      }
    }
    return every;
  }

  /**
   * The methods named like the statement on the mapper interface or its project supertypes, fewest
   * parameters first. MyBatis runs one statement for every overload; the site follows the first overload
   * that project code calls.
   */
  private static List<MethodFacts> interfaceMethods(CallGraph graph, String namespace, String id) {
    List<MethodFacts> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> queue = new ArrayList<>(List.of(namespace));
    for (int i = 0; i < queue.size(); i++) {
      Optional<TypeFacts> type = graph.type(queue.get(i));
      if (type.isEmpty() || !seen.add(queue.get(i))) {
        continue;
      }
      type.get().methods().stream().filter(m -> m.ref().name().equals(id)).forEach(found::add);
      for (TypeRef supertype : type.get().supertypes()) {
        graph.projectType(supertype).ifPresent(queue::add);
      }
    }
    found.sort(Comparator.comparingInt((MethodFacts m) -> m.ref().arity()).thenComparing(MethodFacts::ref));
    return found;
  }

  /** MyBatis hands the affected-row count to the interface method's caller, if the method returns it. */
  private static RowCountUse rowCount(MethodFacts method) {
    if (method == null) {
      return RowCountUse.UNKNOWN;
    }
    if (method.returnType() == null) {
      return RowCountUse.DISCARDED;
    }
    return COUNT_TYPES.contains(method.returnType().simpleName()) ? RowCountUse.USED : RowCountUse.UNKNOWN;
  }

  /** What a finding must add because the rendering could not show the statement's every run. */
  private String caveat(Rendered r) {
    List<String> parts = new ArrayList<>();
    if (!r.rendering().skippableVersionChecks().isEmpty() && r.sites().stream().noneMatch(this::comparesVersion)) {
      parts.add("version check inside " + String.join(" and ", r.rendering().skippableVersionChecks())
          + " can be skipped at run time");
    }
    if (!r.rendering().choices().isEmpty()) {
      parts.add("judged on the first branch of the <choose> at line" + (r.rendering().choices().size() > 1 ? "s " : " ")
          + String.join(", ", r.rendering().choices().stream().map(String::valueOf).toList()));
    }
    if (!r.rendering().alternatives().isEmpty()) {
      parts.add("adjacent <if> elements read as alternatives (writing them all gives SQL that cannot run),"
          + " judged on the first one at line" + (r.rendering().alternatives().size() > 1 ? "s " : " ")
          + String.join(", ", r.rendering().alternatives().stream().map(String::valueOf).toList()));
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private boolean comparesVersion(WriteSite site) {
    List<Predicate> predicates = new ArrayList<>(site.where().conjuncts());
    predicates.addAll(site.guard());
    return predicates.stream()
        .anyMatch(p -> p.operator() == Operator.EQ && settings.isVersionName(p.column()));
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static RelatedLocation definedHere(MapperStatement statement) {
    return new RelatedLocation(statement.location().path(), statement.location().startLine(),
        "SQL of " + sink(statement) + " defined here");
  }

  private static String sink(MapperStatement statement) {
    return "MyBatis <" + statement.kind() + " id=\"" + statement.id() + "\">";
  }

  private static ProcessingError error(ErrorKind kind, MapperStatement statement, String message) {
    return ProcessingError.of(kind, statement.location().path(), statement.location().startLine(), message);
  }
}
