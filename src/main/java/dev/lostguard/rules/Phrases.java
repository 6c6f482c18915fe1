package dev.lostguard.rules;

import dev.lostguard.model.Predicate;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shared wording of messages, so every rule names tables and writes the same way. */
final class Phrases {

  private static final int MAX_COLUMNS = 4;

  private Phrases() {}

  /** {@code UPDATE orders}, {@code DELETE FROM orders}, {@code upsert into orders}. */
  static String statement(WriteSite site) {
    return switch (site.kind()) {
      case UPDATE -> "UPDATE " + site.tableAsWritten();
      case DELETE -> "DELETE FROM " + site.tableAsWritten();
      case UPSERT -> "upsert into " + site.tableAsWritten();
      case MERGE -> "MERGE into " + site.tableAsWritten();
      case REPLACE -> "REPLACE INTO " + site.tableAsWritten();
    };
  }

  /** {@code (sets name, email, ...)} or empty when nothing editable is written. */
  static String writes(SiteFacts site) {
    List<String> columns = new ArrayList<>(site.editableColumns());
    if (columns.isEmpty() || site.site().kind() == WriteKind.DELETE) {
      return "";
    }
    // What a person types comes first; the keys a row is linked by (document_id, settings_id) last.
    columns.sort(Comparator.comparing(Phrases::isKey));
    String shown = String.join(", ", columns.subList(0, Math.min(MAX_COLUMNS, columns.size())));
    return " (sets " + shown + (columns.size() > MAX_COLUMNS ? ", ..." : "") + ")";
  }

  private static final Pattern KEY = Pattern.compile("(?i:(.*_)?(id|key|uuid|identifier))|.*[a-z]Id");

  private static boolean isKey(String column) {
    return KEY.matcher(column).matches();
  }

  /** {@code version = ?} as the statement compares it. */
  static String comparison(Predicate predicate) {
    String operator =
        switch (predicate.operator()) {
          case EQ -> "=";
          case NE -> "<>";
          case LT -> "<";
          case LE -> "<=";
          case GT -> ">";
          case GE -> ">=";
          default -> predicate.operator().name();
        };
    return predicate.column() + " " + operator + " " + Optional.ofNullable(predicate.valueText()).orElse("?");
  }

  static Verdict verdict(SiteFacts site, String message) {
    return new Verdict(
        message, site.site().location(), site.site().table(), Optional.empty(), site.site().normalizedText());
  }
}
