package dev.lostguard.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a column, as its DDL declares it, holds a short value that people choose rather than compute:
 * a flag ({@code BOOLEAN}, {@code BIT}, {@code TINYINT}), a status or type code (an integral
 * {@code *_status}, {@code *_type}), an instant, a reference to another row
 * ({@code *_id}, a UUID), a place in a hand-ordered list ({@code sort}), an enum, or text of at most 255 characters (a name, a status, a code); text
 * of no declared length (PostgreSQL {@code text}, a bare {@code varchar}) by the column's name. Not numbers: a balance, a stock level or a counter written
 * alone is often computed from the value the code read (read-modify-write). Not long text, JSON or
 * documents, where one save discards what another person wrote. An undeclared type is neither.
 */
public final class ShortValues {

  /** {@code VARCHAR(255)}, and the {@code VARCHAR(256)} some schemas write for it. */
  private static final int SHORT_TEXT = 256;
  private static final Set<String> CHOSEN_TYPES = Set.of("bool", "boolean", "bit", "uuid", "uniqueidentifier", "enum");
  private static final Set<String> BOUNDED_TEXT = Set.of(
      "varchar", "varchar2", "nvarchar", "nvarchar2", "char", "nchar", "character", "varying");
  private static final Set<String> UNBOUNDED_TEXT = Set.of("text", "citext", "string");
  private static final Pattern WORD = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)");
  /**
   * Integral columns named as codes from a fixed set ({@code aftersale_status SMALLINT}, {@code type INT},
   * {@code consume_way}), as a switch ({@code trace_enabled INT(4)})
   * or as a number a person picks on a scale ({@code sensitive_level}, {@code priority}, a rating, a
   * progress percentage): not a balance or a count the code computes.
   */
  private static final Pattern CODE_NAME = Pattern.compile(
      "(^|_)(status|state|type|kind|flag|level|priority|rating|score|grade|progress|percent|mode|way"
          + "|enabled|disabled|active|visible|hidden|locked|open|closed)$|^(is|iz|has)_");
  /**
   * Names that say a short chosen value when no DDL declares the column: a flag ({@code is_leaf},
   * {@code enabled}, {@code seen_by_user}), a role or priority, a code ({@code apply_status}, {@code user_type}), a reference ({@code dept_id}),
   * a contact or a name ({@code phone}, {@code email}, {@code nick_name}, {@code work_no}).
   */
  private static final Pattern CHOICE_NAME = Pattern.compile(
      "(is|iz|has|can)_.+|(seen|read|viewed)(_by_.+)?|(enabled|disabled|active|visible|hidden|locked|top|pinned"
          + "|published|status|state|type|kind|role|priority|level|phone|mobile|email|avatar|name|title|nickname"
          + "|realname|code|sex|gender|color|icon|language|locale|timezone)"
          + "|.+_(flag|status|state|type|kind|role|priority|id|uuid|name|code|no|phone|mobile|email|avatar|url|icon"
          + "|color)");
  private static final Pattern LENGTH = Pattern.compile("\\(\\s*(\\d+)");
  /**
   * A place in a list people arrange by hand ({@code sort}, {@code sort_code}, {@code sequence},
   * {@code display_order}): a drag-and-drop reorder writes it alone, and the later reorder is meant to win.
   */
  private static final Pattern POSITION_NAME = Pattern.compile(
      "(^|_)(sort|seq|sequence|position|ordinal|sort_order|display_order|show_order|order_num|order_index)"
          + "(_(no|num|code|index|value))?$");

  /** Names of a switch or a state: what a toggle or a workflow step sets. */
  private static final Pattern SWITCH_NAME = Pattern.compile(
      "(^|_)(status|state|flag|enabled|disabled|active|locked|published|visible|hidden|open|closed|online|offline)$"
          + "|^(is|iz|has|can)_");
  private static final Set<String> FLAG_TYPES = Set.of("bool", "boolean", "bit", "tinyint");

  private ShortValues() {}

  /**
   * A switch or a state: a flag by its type ({@code BOOLEAN}, {@code BIT}, {@code TINYINT}) or a column
   * named as one ({@code enabled}, {@code is_open}, {@code job_status}).
   */
  public static boolean isSwitch(String column, Optional<ColumnDefinition> definition) {
    if (SWITCH_NAME.matcher(column).find()) {
      return true;
    }
    String type = definition.map(ColumnDefinition::type).orElse("");
    Matcher word = WORD.matcher(type == null ? "" : type.toLowerCase(Locale.ROOT));
    return word.find() && FLAG_TYPES.contains(word.group(1));
  }

  /** A column no DDL declares, by its name alone: see {@link #CHOICE_NAME}. */
  public static boolean namedShortChoice(String column) {
    return CHOICE_NAME.matcher(column).matches() || POSITION_NAME.matcher(column).find();
  }

  public static boolean isShortChoice(ColumnDefinition column) {
    if (column.category() == TypeCategory.TEMPORAL) {
      return true;
    }
    String type = column.type() == null ? "" : column.type().toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
    Matcher word = WORD.matcher(type);
    String base = word.find() ? word.group(1) : "";
    if (column.category() == TypeCategory.INTEGRAL) {
      // a reference to another row, a TINYINT flag (MySQL's boolean is TINYINT(1)), or a status code
      return column.name().endsWith("id") && column.name().length() > 2 || base.equals("tinyint")
          || CODE_NAME.matcher(column.name()).find() || POSITION_NAME.matcher(column.name()).find();
    }
    if (CHOSEN_TYPES.contains(base)) {
      return true;
    }
    Matcher length = LENGTH.matcher(type);
    if (length.find()) {
      return BOUNDED_TEXT.contains(base) && Integer.parseInt(length.group(1)) <= SHORT_TEXT;
    }
    // PostgreSQL's text and a bare varchar bound nothing: a tag's name and an article's body alike
    return (UNBOUNDED_TEXT.contains(base) || BOUNDED_TEXT.contains(base)) && namedShortChoice(column.name());
  }
}
