package dev.lostguard.xml;

import dev.lostguard.model.MapperNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mapper statement's dynamic SQL to one SQL text, the way MyBatis would for one plausible set
 * of arguments:
 *
 * <ul>
 *   <li>{@code <if>}: its content (every optional column is written, every optional filter applies),
 *       except a comparison of a version column in the filter: a check that an {@code <if>} can leave
 *       out is no guard, so it is left out and reported in {@link Rendering#skippableVersionChecks};
 *   <li>{@code <choose>}: the first {@code <when>} (likewise skipping one that only adds a version
 *       check), noted in {@link Rendering#choices} because the other branches are not judged;
 *   <li>{@code <where>}, {@code <set>}, {@code <trim>}: MyBatis's prefix and override rules;
 *   <li>{@code <foreach>}: {@code open}, one item, {@code close}; it is the first item, so an
 *       {@code <if>} that tests its {@code index} for a later one ({@code i > 0}, {@code i != 0}: the
 *       hand-written separator {@code <if test="i > 0"> OR </if>}) is left out;
 *   <li>{@code <include refid>}: the {@code <sql>} fragment of this mapper or, qualified, of any
 *       other, with its {@code <property>} values; a cycle or a missing fragment is a problem;
 *   <li>{@code <bind>}, {@code <selectKey>}, comments: nothing;
 *   <li>{@code #{name}} stays (the SQL front-end reads it as the named parameter {@code :name});
 *       {@code ${name}} becomes the identifier {@code p_name}, since it may stand for a table or column,
 *       except right after a {@code #{...}} value or a closing parenthesis, where no identifier fits:
 *       there it is a clause such as {@code ESCAPE '\\'} ({@code LIKE lower(#{name})${escape}}) and
 *       renders as nothing.
 * </ul>
 *
 * <p>{@link #render(String, MapperNode.Element, CallProperties)} renders the statement for one call instead, given
 * the properties the caller set on the entity it passes: an {@code <if>} that only tests a property for
 * null is written iff the caller set it, and a property the caller fixes renders as its literal in the
 * {@code SET} ({@code status = 'DELIVERED'}).
 */
public final class DynamicSql {

  private static final Pattern TEXT_SUBSTITUTION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern COMPARED_COLUMN = Pattern.compile("(?<![\\w.])(?:\\w+\\.)?([A-Za-z_]\\w*)\\s*=(?!=)");
  private static final Pattern NON_WORD = Pattern.compile("\\W");
  private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?i)(AND|OR)\\b");
  // A test that holds for every item of a <foreach> but the first: "i > 0", "i gt 0", "i != 0", "i neq 0".
  private static final Pattern PAST_FIRST_ITEM = Pattern.compile("^\\s*(\\w+)\\s*(?:>|gt|!=|neq)\\s*0\\s*$");
  // "p != null", "null != p", "p != null and p != ''", with the prefixes generated code writes: "record.p", "row.p".
  private static final String PROPERTY = "((?:record\\.|row\\.)?[A-Za-z_]\\w*)";
  private static final Pattern NULL_CHECK = Pattern.compile(
      "^\\s*(?:null\\s*!=\\s*" + PROPERTY + "|" + PROPERTY + "\\s*!=\\s*null)"
          + "(?:\\s*(?:and|&&)\\s*" + PROPERTY + "\\s*!=\\s*(?:''|\"\"))?\\s*$");
  private static final Pattern PROPERTY_PARAMETER =
      Pattern.compile("#\\{\\s*((?:record\\.|row\\.)?[A-Za-z_]\\w*)\\s*(?:,[^}]*)?}");
  private static final List<String> WHERE_OVERRIDES =
      List.of("AND ", "OR ", "AND\n", "OR\n", "AND\r", "OR\r", "AND\t", "OR\t");

  private final Map<String, MapperNode.Element> fragments;
  private final Predicate<String> versionColumn;

  /**
   * @param fragments every {@code <sql>} fragment of the project, by {@code namespace.id}
   * @param versionColumn whether a lower-case column name is a version column's name
   */
  public DynamicSql(Map<String, MapperNode.Element> fragments, Predicate<String> versionColumn) {
    this.fragments = fragments;
    this.versionColumn = versionColumn;
  }

  /**
   * One statement's SQL and what the rendering had to decide.
   *
   * @param skippableVersionChecks the {@code <if test=...>} (or {@code <when>}) elements, as written,
   *     that alone add a version check to the filter
   * @param choices lines of {@code <choose>} elements with several branches, judged on one of them
   * @param alternatives in a rendering that reads adjacent {@code <if>} elements as alternatives (see
   *     {@link #renderAlternatives}), the line of the first of each run, the one judged
   * @param problems includes that could not be followed, each with the include's line
   * @param unknown the statement starts with a {@code ${...}} substitution ({@code ${sql}}), or is written
   *     in another scripting language ({@code lang="velocity"}): its text is only known at run time
   * @param selective some {@code <if>} only tests a property for null ({@code <if test="status != null">}):
   *     what the statement writes depends on what the caller set
   */
  public record Rendering(
      String sql, List<String> skippableVersionChecks, List<Integer> choices, List<Integer> alternatives,
      List<Problem> problems, boolean unknown, boolean selective) {}

  /**
   * The properties one call sets on the entity it passes.
   *
   * @param values each set property's SQL literal when the caller fixes the value, else null
   * @param bareNames the entity is the call's only argument, so a bare name ({@code status}) is one of
   *     its properties; otherwise only {@code record.status} and {@code row.status} are
   * @param loadedRow the entity is a row the caller loaded: the rest of its properties are present, unchanged
   */
  public record CallProperties(Map<String, String> values, boolean bareNames, boolean loadedRow) {

    /** The property a test or parameter names ({@code status}, {@code record.status}), or null for none. */
    String property(String written) {
      int dot = written.indexOf('.');
      return dot < 0 && !bareNames ? null : written.substring(dot + 1);
    }
  }

  /** An {@code <include>} that names no fragment, or one that includes itself. */
  public record Problem(int line, String message) {}

  public Rendering render(String namespace, MapperNode.Element statement) {
    return render(new Context(namespace, false, null), statement);
  }

  /**
   * The statement as one call runs it, given the properties the caller set on the entity it passes. An
   * {@code <if>} that
   * tests a property for null ({@code p != null}, {@code null != p}, {@code p != null and p != ''},
   * also as {@code record.p} or {@code row.p}) is written iff the property is set; any other test as in
   * {@link #render(String, MapperNode.Element)}. In the {@code SET}, {@code #{p}} of a fixed property
   * renders as its literal, so the SQL front-end sees a value the code fixes, not one the user sends.
   */
  public Rendering render(String namespace, MapperNode.Element statement, CallProperties set) {
    return render(new Context(namespace, false, set), statement);
  }

  /**
   * The statement rendered with each run of adjacent {@code <if>} elements read as alternatives: only
   * the first of a run is written. Some mappers spell a {@code <choose>} that way
   * ({@code <if test="a != null">SET x = ...</if><if test="a == null">SET y = ...</if>}), and writing
   * every branch gives SQL that cannot run; this reading is the one to judge when that happens.
   */
  public Rendering renderAlternatives(String namespace, MapperNode.Element statement) {
    return render(new Context(namespace, true, null), statement);
  }

  private Rendering render(Context context, MapperNode.Element statement) {
    StringBuilder out = new StringBuilder();
    renderChildren(statement, context, Region.UNKNOWN, Map.of(), out);
    String sql = TEXT_SUBSTITUTION.matcher(out)
        .replaceAll(m -> followsValue(out, m.start()) ? "" : identifier(m.group(1)));
    if (context.set != null) {
      sql = context.set.loadedRow() ? asLoaded(sql, context.set) : fixedInSetClause(sql, context.set);
    }
    return new Rendering(
        sql.strip(), List.copyOf(context.skipped), List.copyOf(context.choices), List.copyOf(context.alternatives),
        List.copyOf(context.problems),
        out.toString().strip().startsWith("${") || otherLanguage(statement), context.selective);
  }

  /**
   * {@code lang="velocity"}, {@code lang="freemarker"}: the statement is a template of another
   * scripting language ({@code #if}, {@code #repeat}, {@code <#if>}), whose SQL is known only when it
   * runs; {@code xml} and {@code raw} are MyBatis's own.
   */
  private static boolean otherLanguage(MapperNode.Element statement) {
    String language = statement.attribute("lang", "").strip().toLowerCase(Locale.ROOT);
    return !language.isEmpty() && !language.equals("xml") && !language.equals("raw")
        && !language.endsWith("xmllanguagedriver") && !language.endsWith("rawlanguagedriver");
  }

  /** Which part of the statement a piece of SQL lands in, when an element says so. */
  private enum Region {
    SET,
    WHERE,
    UNKNOWN
  }

  private static final class Context {
    final String namespace;
    final Deque<String> including = new ArrayDeque<>();
    final List<String> skipped = new ArrayList<>();
    final List<Integer> choices = new ArrayList<>();
    final List<Integer> alternatives = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Deque<String> loopIndexes = new ArrayDeque<>();
    final boolean ifsAreAlternatives;
    /** The properties one call sets, with their literals; null when rendering for any call. */
    final CallProperties set;
    boolean selective;
    int loops;

    Context(String namespace, boolean ifsAreAlternatives, CallProperties set) {
      this.namespace = namespace;
      this.ifsAreAlternatives = ifsAreAlternatives;
      this.set = set;
    }
  }

  private void renderChildren(
      MapperNode.Element parent, Context context, Region region, Map<String, String> properties, StringBuilder out) {
    MapperNode.Element runStart = null;
    for (MapperNode child : parent.children()) {
      if (child instanceof MapperNode.Text text) {
        runStart = text.text().isBlank() ? runStart : null;
        String sql = substitute(text.text(), properties);
        out.append(region == Region.SET && context.set != null ? fixed(sql, context.set) : sql);
      } else if (child instanceof MapperNode.Element element) {
        if (context.ifsAreAlternatives && element.name().equals("if")) {
          if (runStart != null) {
            continue;
          }
          runStart = element;
          if (nextSiblingIsIf(parent, element)) {
            context.alternatives.add(element.line());
          }
        } else {
          runStart = null;
        }
        out.append(' ');
        renderElement(element, context, region, properties, out);
        out.append(' ');
      }
    }
  }

  private void renderElement(
      MapperNode.Element element, Context context, Region region, Map<String, String> properties, StringBuilder out) {
    switch (element.name()) {
      case "if" -> {
        if (pastFirstItem(element, context) || unsetProperty(element, context, region)) {
          return;
        }
        String content = contentOf(element, context, region, properties);
        if (addsOnlyAVersionCheck(content, region)) {
          context.skipped.add(startTag(element));
        } else {
          out.append(content);
        }
      }
      case "choose" -> renderChoose(element, context, region, properties, out);
      case "where" -> out.append(Trim.apply(contentOf(element, context, Region.WHERE, properties), "WHERE", "",
          WHERE_OVERRIDES, List.of()));
      case "set" -> out.append(Trim.apply(contentOf(element, context, Region.SET, properties), "SET", "",
          List.of(","), List.of(",")));
      case "trim" -> {
        String prefix = element.attribute("prefix", "");
        Region inner = prefix.strip().equalsIgnoreCase("WHERE") ? Region.WHERE
            : prefix.strip().equalsIgnoreCase("SET") ? Region.SET : region;
        out.append(Trim.apply(contentOf(element, context, inner, properties), prefix, element.attribute("suffix", ""),
            Trim.overrides(element.attribute("prefixOverrides", "")),
            Trim.overrides(element.attribute("suffixOverrides", ""))));
      }
      case "foreach" -> {
        context.loops++;
        context.loopIndexes.push(element.attribute("index", ""));
        out.append(element.attribute("open", ""))
            .append(contentOf(element, context, region, properties))
            .append(element.attribute("close", ""));
        context.loopIndexes.pop();
        context.loops--;
      }
      case "include" -> renderInclude(element, context, region, properties, out);
      case "bind", "selectKey", "property" -> {
        // They bind variables or run a separate query: no SQL of this statement.
      }
      default -> renderChildren(element, context, region, properties, out);
    }
  }

  private void renderChoose(
      MapperNode.Element choose, Context context, Region region, Map<String, String> properties, StringBuilder out) {
    List<MapperNode.Element> branches = new ArrayList<>();
    for (MapperNode child : choose.children()) {
      if (child instanceof MapperNode.Element e && (e.name().equals("when") || e.name().equals("otherwise"))) {
        branches.add(e);
      }
    }
    if (branches.size() > 1 && context.loops == 0) {
      context.choices.add(choose.line());
    }
    for (MapperNode.Element branch : branches) {
      String content = contentOf(branch, context, region, properties);
      if (branch.name().equals("when") && addsOnlyAVersionCheck(content, region)) {
        context.skipped.add(startTag(branch));
        continue;
      }
      out.append(content);
      return;
    }
  }

  private void renderInclude(
      MapperNode.Element include, Context context, Region region, Map<String, String> properties, StringBuilder out) {
    String refid = substitute(include.attribute("refid", ""), properties).strip();
    String key = fragments.containsKey(context.namespace + "." + refid) ? context.namespace + "." + refid : refid;
    MapperNode.Element fragment = fragments.get(key);
    if (fragment == null) {
      context.problems.add(new Problem(include.line(), "<include refid=\"" + refid + "\"> names no <sql> fragment"));
      return;
    }
    if (context.including.contains(key)) {
      List<String> chain = new ArrayList<>(context.including);
      Collections.reverse(chain);
      context.problems.add(new Problem(include.line(), "<include refid=\"" + refid + "\"> includes itself: "
          + String.join(" -> ", chain) + " -> " + key));
      return;
    }
    Map<String, String> inner = new HashMap<>(properties);
    for (MapperNode child : include.children()) {
      if (child instanceof MapperNode.Element property && property.name().equals("property")) {
        inner.put(property.attribute("name", ""), substitute(property.attribute("value", ""), properties));
      }
    }
    context.including.push(key);
    renderChildren(fragment, context, region, inner, out);
    context.including.pop();
  }

  private String contentOf(MapperNode.Element element, Context context, Region region, Map<String, String> properties) {
    StringBuilder content = new StringBuilder();
    renderChildren(element, context, region, properties, content);
    return content.toString();
  }

  /** Whether the next element after {@code element}, with only blank text between, is an {@code <if>}. */
  private static boolean nextSiblingIsIf(MapperNode.Element parent, MapperNode.Element element) {
    List<MapperNode> children = parent.children();
    for (int i = children.indexOf(element) + 1; i < children.size(); i++) {
      if (children.get(i) instanceof MapperNode.Element next) {
        return next.name().equals("if");
      }
      if (children.get(i) instanceof MapperNode.Text text && !text.text().isBlank()) {
        return false;
      }
    }
    return false;
  }

  /**
   * An {@code <if>} that tests a property for null (noted as selective), when the call leaves it unset.
   * A row the caller loaded carries every property: outside the {@code SET} its tests hold; in the
   * {@code SET} a property it did not change writes back the value just read, no change, left out.
   */
  private static boolean unsetProperty(MapperNode.Element element, Context context, Region region) {
    Matcher test = NULL_CHECK.matcher(element.attribute("test", ""));
    if (!test.matches()) {
      return false;
    }
    String tested = test.group(1) != null ? test.group(1) : test.group(2);
    if (test.group(3) != null && !test.group(3).equals(tested)) {
      return false;
    }
    context.selective = true;
    String property = context.set == null ? null : context.set.property(tested);
    return property != null && !context.set.values().containsKey(property)
        && (region == Region.SET || !context.set.loadedRow());
  }

  private static final Pattern SET_CLAUSE = Pattern.compile("(?is)\\bSET\\b(.*?)(?=\\bWHERE\\b|$)");
  private static final Pattern ASSIGNED_PROPERTY = Pattern.compile(
      "([`\"\\w.]+)\\s*=\\s*#\\{\\s*((?:record\\.|row\\.)?[A-Za-z_]\\w*)\\s*(?:,[^}]*)?}");

  /**
   * A row the caller loaded, in a {@code SET} written out as text ({@code SET name = #{name}, status =
   * #{status}}): a column set to a property the caller did not change goes back as just read, {@code
   * name = name}; one it fixed, as its literal.
   */
  private static String asLoaded(String sql, CallProperties set) {
    Matcher clause = SET_CLAUSE.matcher(sql);
    if (!clause.find()) {
      return sql;
    }
    String assignments = ASSIGNED_PROPERTY.matcher(clause.group(1)).replaceAll(m -> {
      String property = set.property(m.group(2));
      if (property == null) {
        return Matcher.quoteReplacement(m.group());
      }
      String literal = set.values().get(property);
      String value = !set.values().containsKey(property) ? m.group(1) : literal != null ? literal : null;
      return Matcher.quoteReplacement(value == null ? m.group() : m.group(1) + " = " + value);
    });
    return sql.substring(0, clause.start(1)) + assignments + sql.substring(clause.end(1));
  }

  /** A {@code SET} written out as text ({@code SET state = #{state}}): each property the call fixes as its literal. */
  private static String fixedInSetClause(String sql, CallProperties set) {
    Matcher clause = SET_CLAUSE.matcher(sql);
    return !clause.find() ? sql
        : sql.substring(0, clause.start(1)) + fixed(clause.group(1), set) + sql.substring(clause.end(1));
  }

  /** {@code #{p,jdbcType=..}} of each property the call fixes, replaced by its literal. */
  private static String fixed(String sql, CallProperties set) {
    if (sql.indexOf("#{") < 0) {
      return sql;
    }
    return PROPERTY_PARAMETER.matcher(sql).replaceAll(m -> {
      String property = set.property(m.group(1));
      String literal = property == null ? null : set.values().get(property);
      return Matcher.quoteReplacement(literal != null ? literal : m.group());
    });
  }

  /** An {@code <if>} that holds only after the first item of an enclosing {@code <foreach>}. */
  private static boolean pastFirstItem(MapperNode.Element element, Context context) {
    Matcher test = PAST_FIRST_ITEM.matcher(element.attribute("test", ""));
    return test.matches() && context.loopIndexes.contains(test.group(1));
  }

  /**
   * Content that lands in the filter (a {@code <where>}, or text starting with AND/OR) and compares a
   * version column: {@code <if test="version != null">AND version = #{version}</if>}.
   */
  private boolean addsOnlyAVersionCheck(String content, Region region) {
    String stripped = content.strip();
    boolean filter = region == Region.WHERE || region != Region.SET && LEADING_CONNECTIVE.matcher(stripped).find();
    if (!filter) {
      return false;
    }
    Matcher compared = COMPARED_COLUMN.matcher(stripped);
    while (compared.find()) {
      if (versionColumn.test(compared.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code ${name}} replaced by an {@code <include>}'s property value, when it has one. */
  private static String substitute(String text, Map<String, String> properties) {
    if (properties.isEmpty() || text.indexOf("${") < 0) {
      return text;
    }
    return TEXT_SUBSTITUTION.matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(properties.getOrDefault(m.group(1).strip(), m.group())));
  }

  /** Whether the text before {@code at}, blanks aside, ends a value: a {@code #{...}} parameter or a {@code )}. */
  private static boolean followsValue(StringBuilder text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i >= 0 && text.charAt(i) == ')') {
      return true;
    }
    if (i < 0 || text.charAt(i) != '}') {
      return false;
    }
    int open = text.lastIndexOf("{", i);
    return open > 0 && text.charAt(open - 1) == '#';
  }

  private static String identifier(String expression) {
    return Matcher.quoteReplacement("p_" + NON_WORD.matcher(expression.strip().split(",", 2)[0]).replaceAll("_"));
  }

  private static String startTag(MapperNode.Element element) {
    String test = element.attribute("test", null);
    return "<" + element.name() + (test == null ? "" : " test=\"" + test + "\"") + ">";
  }
}
