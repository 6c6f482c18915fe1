package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.ShortValues;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.TypeCategory;
import dev.lostguard.model.VersionBump;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a write sets that a user may have read earlier: the values a stale copy can carry back. */
final class UserValues {

  private UserValues() {}

  /** The editable columns, other than a soft-delete mark, set to neither a fixed literal nor the current time. */
  static Set<String> columns(SiteFacts site, ProjectModel model) {
    return site.userValueColumns(model.settings());
  }

  /** The write sets no value a user read: every editable column it sets is fixed in code, the time or a stamp. */
  static boolean noUserValue(SiteFacts site, ProjectModel model) {
    return withoutStamps(columns(site, model), site).isEmpty();
  }

  /**
   * The write sets no value a user read, or one short value people choose (a name, a status, a flag, a
   * reference; the DDL says so) and nothing else: the later of two such saves replaces a value its user
   * meant to replace, and no other field goes back to a stale copy. A column no DDL declares is judged
   * by its name ({@link ShortValues#namedShortChoice}). Not such a command: a number
   * written alone (a balance or a stock level the code may have computed from what it read), long
   * text, JSON and documents.
   */
  static boolean command(SiteFacts site, ProjectModel model) {
    if (noUserValue(site, model)) {
      return true;
    }
    Set<String> columns = withoutStamps(columns(site, model), site);
    if (columns.size() != 1) {
      return false;
    }
    return site.table().holdsShortChoice(columns.iterator().next());
  }

  /**
   * A switch ({@code enabled}, a status) or a state machine's step that increments the version: it
   * writes no stale copy back, and its bump makes every form loaded before it conflict instead of
   * reverting it. Not one whose version check an {@code <if>} may skip (it means to be guarded) or
   * whose rendering is otherwise partial (a caveat): that is judged as written.
   */
  static boolean switchThatBumps(SiteFacts site, ProjectModel model) {
    return site.bump() == VersionBump.INCREMENT && site.site().caveat() == null
        && (site.stateMachineStep() || flipsASwitch(site, model));
  }

  /** The write sets one switch or state ({@link ShortValues#isSwitch}) besides stamps, and no other user value. */
  static boolean flipsASwitch(SiteFacts site, ProjectModel model) {
    Set<String> columns = withoutStamps(columns(site, model), site);
    return columns.size() == 1 && ShortValues.isSwitch(columns.iterator().next(),
        site.table().definition().flatMap(d -> d.column(columns.iterator().next())));
  }

  /**
   * The write sets text longer than a name or a code (a description, an article, JSON), as the DDL
   * declares it: a document someone writes, where a stale save discards whole paragraphs.
   */
  static boolean writesDocument(SiteFacts site, ProjectModel model) {
    for (String column : columns(site, model)) {
      boolean document = site.table().definition().flatMap(d -> d.column(column))
          .map(c -> c.category() == TypeCategory.TEXT && !ShortValues.isShortChoice(c)).orElse(false);
      if (document) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern STAMP = Pattern.compile("(.+)_(at|time|date|on|timestamp)");
  /** Who performed an event: {@code status_updated_by}, {@code approved_by_id}. */
  private static final Pattern ACTOR = Pattern.compile("(.+)_(by|by_id|user_id|operator|operator_id)");
  /** An event named after what it changed: {@code status_updated} is a change of {@code status}. */
  private static final Pattern CHANGE = Pattern.compile("(.+)_(updated|changed|modified|set)");

  /**
   * Without the instants that date another value of the same write and the people who made it:
   * {@code resolved_at} beside {@code resolved}, {@code audit_time} beside {@code audit_status},
   * {@code status_updated_at} and {@code status_updated_by} beside {@code status}. The command stamps
   * when it ran and who ran it.
   */
  private static Set<String> withoutStamps(Set<String> columns, SiteFacts site) {
    Set<String> kept = new TreeSet<>(columns);
    for (String column : columns) {
      String event = stampedEvent(column, site);
      if (event == null) {
        continue;
      }
      Matcher change = CHANGE.matcher(event);
      String changed = change.matches() ? change.group(1) : event;
      if (columns.stream().anyMatch(other -> !other.equals(column) && stampedEvent(other, site) == null
          && (names(other, event) || names(other, changed)))) {
        kept.remove(column);
      }
    }
    return kept;
  }

  /** The event a temporal stamp or an actor column records, or null for any other column. */
  private static String stampedEvent(String column, SiteFacts site) {
    Matcher stamp = STAMP.matcher(column);
    boolean temporal = site.table().definition().flatMap(d -> d.column(column))
        .map(c -> c.category() == TypeCategory.TEMPORAL).orElse(false);
    if (temporal && stamp.matches()) {
      return stamp.group(1);
    }
    Matcher actor = ACTOR.matcher(column);
    return actor.matches() ? actor.group(1) : null;
  }

  private static boolean names(String column, String event) {
    return column.equals(event) || column.startsWith(event + "_") || column.endsWith("_" + event);
  }
}
