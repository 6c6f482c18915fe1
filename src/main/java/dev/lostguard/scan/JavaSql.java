package dev.lostguard.scan;

import dev.lostguard.model.AnalysisSettings;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.ConstantPool;
import dev.lostguard.model.EntityCatalog;
import dev.lostguard.model.EntityFacts;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.StringConstant;
import dev.lostguard.model.TableNamePrefix;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Write sites from the SQL that Java code executes, with the entities that name JPQL's tables: every
 * call's text resolved against the project's constants and analysed on the workers. Calls that run a
 * MyBatis mapper statement by id only have their id resolved here: the mapper statements are rendered
 * later ({@link MapperWrites}).
 *
 * @param statementIdCalls calls running a mapper statement by a resolved id, in path order
 */
record JavaSql(
    List<WriteSite> writes,
    EntityCatalog entities,
    int statements,
    int unparsed,
    int unresolved,
    List<ProcessingError> errors,
    Set<String> classpathScripts,
    List<StatementIdCall> statementIdCalls) {

  /**
   * MyBatis-Plus's table prefix, when the configuration files that set one agree on it; modules
   * configured with different prefixes leave the names underived rather than guessed.
   */
  private static Map<PersistenceStyle, String> derivedTablePrefixes(List<FileFacts> facts) {
    Set<String> prefixes = new TreeSet<>();
    for (FileFacts file : facts) {
      for (CodePattern pattern : file.patterns()) {
        if (pattern instanceof TableNamePrefix prefix && prefix.framework() == MappedWrite.Framework.MYBATIS_PLUS) {
          prefixes.add(prefix.prefix().toLowerCase(Locale.ROOT));
        }
      }
    }
    return prefixes.size() == 1 ? Map.of(PersistenceStyle.MYBATIS_PLUS, prefixes.iterator().next()) : Map.of();
  }

  static JavaSql resolve(List<FileFacts> facts, Workers workers, ScanProgress progress, AnalysisSettings settings) {
    List<StringConstant> constants = new ArrayList<>();
    List<EntityFacts> entities = new ArrayList<>();
    List<SqlCall> calls = new ArrayList<>();
    List<SqlCall> idCalls = new ArrayList<>();
    Map<SqlCall, SourceRole> roles = new HashMap<>();
    for (FileFacts file : facts) {
      constants.addAll(file.constants());
      entities.addAll(file.entities());
      for (SqlCall call : file.sqlCalls()) {
        (call.language() == QueryLanguage.MYBATIS_STATEMENT_ID ? idCalls : calls).add(call);
        roles.put(call, file.role());
      }
    }
    ConstantPool pool = ConstantPool.of(constants);
    entities.replaceAll(entity -> entity.withTableFrom(pool));
    EntityCatalog catalog = EntityCatalog.of(entities, derivedTablePrefixes(facts));
    JavaWrites javaWrites = new JavaWrites(pool, catalog, MappedSql.of(catalog, facts, settings), settings::isVersionName);
    progress.phase("sql", calls.size());
    List<JavaWrites.Outcome> outcomes =
        workers.map(
            calls,
            progress.counting( call -> javaWrites.analyse(call, roles.get(call))),
            (call, failure) ->
                new JavaWrites.Outcome(
                    List.of(), 1, 1, false,
                    List.of(ProcessingError.of(
                        ErrorKind.PARSE_SQL,
                        call.location().path(),
                        call.location().startLine(),
                        "could not analyse SQL executed by " + call.sink() + ": " + failure))));
    List<WriteSite> writes = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>();
    int statements = 0;
    int unparsed = 0;
    int unresolved = 0;
    Set<String> classpathScripts = new HashSet<>();
    List<StatementIdCall> statementIdCalls = new ArrayList<>();
    for (SqlCall call : idCalls) {
      ConstantPool.Resolution id = pool.resolve(call.sql());
      if (id.text().isEmpty()) {
        unresolved++;
      } else {
        statementIdCalls.add(new StatementIdCall(call, roles.get(call), id.text().get(), id.constantsUsed()));
      }
    }
    for (JavaWrites.Outcome outcome : outcomes) {
      classpathScripts.addAll(outcome.classpathScripts());
      writes.addAll(outcome.writes());
      errors.addAll(outcome.errors());
      statements += outcome.statements();
      unparsed += outcome.unparsed();
      unresolved += outcome.unresolved() ? 1 : 0;
    }
    return new JavaSql(
        writes, catalog, statements, unparsed, unresolved, errors, classpathScripts, List.copyOf(statementIdCalls));
  }
}
