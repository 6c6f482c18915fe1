package dev.lostguard.scan;

import dev.lostguard.model.ConstantPool;
import dev.lostguard.model.EntityCatalog;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import dev.lostguard.model.WriteSite;
import dev.lostguard.xml.ScriptText;
import dev.lostguard.sql.JpqlText;
import dev.lostguard.sql.SqlFileAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns the SQL that Java code executes into write sites: resolves each call's text against the
 * project's constants, analyses it with the SQL front-end, and places the result at the call. JPQL
 * names entities and properties; they are mapped to tables and columns through the entities.
 */
final class JavaWrites {

  private final ConstantPool constants;
  private final EntityCatalog entities;
  private final MappedSql mapped;
  private final Predicate<String> isVersionName;

  JavaWrites(ConstantPool constants, EntityCatalog entities, MappedSql mapped, Predicate<String> isVersionName) {
    this.isVersionName = isVersionName;
    this.constants = constants;
    this.entities = entities;
    this.mapped = mapped;
  }

  /**
   * What one call contributed.
   *
   * @param classpathScripts SQL files whose whole text the call executes (their own statements are this write)
   */
  record Outcome(List<WriteSite> writes, int statements, int unparsed, boolean unresolved, List<ProcessingError> errors,
      List<String> classpathScripts) {

    Outcome(List<WriteSite> writes, int statements, int unparsed, boolean unresolved, List<ProcessingError> errors) {
      this(writes, statements, unparsed, unresolved, errors, List.of());
    }
  }

  Outcome analyse(SqlCall call, SourceRole role) {
    ConstantPool.Resolution resolution;
    List<RelatedLocation> notes = List.of();
    if (call.sql() instanceof SqlText.Mapped generated) {
      MappedSql.Rendered rendered = mapped.render(generated.write(), call.sink().substring(call.sink().lastIndexOf('.') + 1));
      if (!rendered.write()) {
        return new Outcome(List.of(), 0, 0, false, List.of());
      }
      resolution = new ConstantPool.Resolution(rendered.text(), List.of(), false);
      notes = rendered.notes();
    } else {
      resolution = constants.resolve(call.sql());
    }
    if (resolution.text().isEmpty()) {
      return new Outcome(List.of(), 0, 0, true, List.of());
    }
    String path = call.location().path();
    String text = resolution.text().get();
    if (ScriptText.isScript(text)) {
      ScriptText.Rendered script = ScriptText.render(text, isVersionName);
      if (script.error() != null) {
        return new Outcome(List.of(), 1, 1, false, List.of(new ProcessingError(ErrorKind.PARSE_XML, path,
            call.location().startLine(), "SQL executed by " + call.sink() + ": " + script.error(), null)));
      }
      text = script.sql();
    }
    boolean jpql = call.language() == QueryLanguage.JPQL;
    JpqlText.Prepared prepared = jpql ? JpqlText.prepare(text) : new JpqlText.Prepared(text, false);
    FileFacts facts = new SqlFileAnalyzer().analyze(path, prepared.sql(), role);

    List<RelatedLocation> related = new ArrayList<>(call.related());
    related.addAll(notes);
    for (StringConstant constant : resolution.constantsUsed()) {
      related.add(new RelatedLocation(
          constant.location().path(), constant.location().startLine(), "SQL text of " + constant.name() + " defined here"));
    }
    List<WriteSite> writes = new ArrayList<>();
    for (WriteSite site : facts.writeSites()) {
      WriteSite placed =
          site.inJava(
              call.location(), call.rowCount(), call.lockedReadTables(), prepared.versioned(), List.copyOf(related),
              call.method(), call.sink());
      placed = resolution.withBranches() ? placed.assembledWithBranches() : placed;
      writes.add(jpql ? toTables(placed) : placed);
    }
    List<ProcessingError> errors = new ArrayList<>();
    for (ProcessingError error : facts.errors()) {
      errors.add(new ProcessingError(
          error.kind() == ErrorKind.TIMEOUT ? ErrorKind.TIMEOUT : ErrorKind.PARSE_SQL,
          path,
          call.location().startLine(),
          "SQL executed by " + call.sink() + ": " + error.message(),
          null));
    }
    List<String> scripts =
        resolution.constantsUsed().stream().filter(StringConstant::onClasspath).map(c -> c.location().path()).toList();
    return new Outcome(
        List.copyOf(writes), facts.statements(), facts.statementsUnparsed(), false, List.copyOf(errors), scripts);
  }

  /** {@code UPDATE PricingRule r SET r.maxAmount = ...} writes table {@code pricing_rule}, column {@code max_amount}. */
  private WriteSite toTables(WriteSite site) {
    Optional<ResolvedEntity> entity = entities.byEntityName(site.tableAsWritten());
    if (entity.isEmpty()) {
      return site;
    }
    ResolvedEntity resolved = entity.get();
    return site.renamed(resolved.table(), property -> columnOf(resolved, property));
  }

  private static String columnOf(ResolvedEntity entity, String property) {
    for (var field : entity.columns().entrySet()) {
      if (field.getKey().toLowerCase(Locale.ROOT).equals(property)) {
        return field.getValue();
      }
    }
    return property;
  }
}
