package dev.lostguard.rules;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.TableFacts;
import dev.lostguard.model.VersionField;
import dev.lostguard.model.VersionSource;
import java.util.List;
import java.util.Optional;

/**
 * Flags a time value used as the concurrency check: a version column with a date/time type (at its
 * DDL line), and a write whose WHERE compares an {@code updated_at}-style column instead of a version.
 * Two saves within the clock's resolution carry the same stamp, and clocks move backwards.
 *
 * <p>Not flagged: a statement that compares a temporal version column (the definition is reported
 * once instead); a statement that also compares the table's real version column; timestamps that are
 * only written.
 */
public final class TimestampAsVersion implements WriteSiteRule, TableRule {

  public static final String ID = "timestamp-as-version";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.timestampCheck() == null || site.checksVersion() || site.exempt()) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " uses `"
                + Phrases.comparison(site.timestampCheck())
                + "` as its concurrency check: two saves within the clock's resolution carry the same"
                + " timestamp, so a stale save can still win; compare an integer version instead"));
  }

  @Override
  public List<Verdict> check(TableFacts table, ProjectModel model) {
    if (!table.versionTemporal()) {
      return List.of();
    }
    if (table.versionSource() == VersionSource.ENTITY) {
      VersionField field = table.entity().orElseThrow().version();
      return List.of(
          new Verdict(
              "@Version field "
                  + field.field()
                  + " of entity "
                  + table.entity().get().entityName()
                  + " has the temporal type "
                  + field.type()
                  + ": two saves within the clock's resolution carry the same version, so a stale save"
                  + " can still win; use a Long or Integer version",
              field.annotation(),
              table.name(),
              Optional.empty(),
              "@Version " + table.entity().get().qualifiedName() + "." + field.field() + " " + field.type()));
    }
    Optional<ColumnDefinition> column =
        table.definition().flatMap(definition -> definition.column(table.versionColumn()));
    if (column.isEmpty() || column.get().location() == null) {
      return List.of();
    }
    ColumnDefinition definition = column.get();
    String message =
        "version column "
            + table.name()
            + "."
            + definition.name()
            + " has the temporal type "
            + definition.type()
            + ": writes in the same clock tick get the same version, so concurrent saves are not told"
            + " apart; use an integer incremented on every write";
    return List.of(
        new Verdict(
            message,
            definition.location(),
            table.name(),
            Optional.empty(),
            "column " + table.name() + "." + definition.name() + " " + definition.type()));
  }
}
