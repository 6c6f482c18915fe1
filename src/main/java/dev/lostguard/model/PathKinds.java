package dev.lostguard.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link PathKind} of a write from where it lives and the entry chains that reach it. Precedence,
 * first match wins:
 *
 * <ol>
 *   <li>{@code migration}: the file's role is {@link SourceRole#MIGRATION};
 *   <li>{@code script}: any other {@code .sql} file;
 *   <li>{@code bulk}: a multi-row statement;
 *   <li>{@code unknown}: no chain reaches the write;
 * </ol>
 *
 * then from the entry point of the first chain, the one a finding shows first (a person's edit before
 * other requests and jobs, {@link CallGraph#chainsTo(MethodRef, int)}):
 *
 * <ol>
 *   <li>{@code job}: kind {@code job};
 *   <li>{@code admin}: kind {@code admin}, a route segment {@code admin} ({@code admin-...},
 *       {@code admin_...}, {@code backoffice}), or a handler class whose simple name contains
 *       {@code Admin};
 *   <li>{@code toggle}: an HTTP PUT, PATCH or POST whose route's last segment is, or has as a word,
 *       {@code active}, {@code toggle}, {@code enable}, {@code disable}, {@code archive}, {@code publish},
 *       {@code status}, {@code state}, {@code switch}, {@code visible} or {@code visibility} (an {@code un...} form too:
 *       {@code /updateEnable}, {@code /change-status}); or, when the call graph is
 *       given, whose handler takes exactly one boolean or enum parameter and no {@code @RequestBody}
 *       of another type;
 *   <li>{@code endpoint}: kind {@code http}, {@code graphql} or {@code data-rest};
 *   <li>{@code unknown} otherwise.
 * </ol>
 */
public final class PathKinds {

  private static final Set<String> TOGGLE_SEGMENTS =
      Set.of("active", "activate", "deactivate", "toggle", "enable", "disable", "archive", "unarchive",
          "publish", "unpublish", "status", "state", "visibility", "visible", "switch", "enabled", "disabled");
  private static final Set<String> WRITE_METHODS = Set.of("PUT", "PATCH", "POST");
  private static final Set<String> BOOLEANS = Set.of("boolean", "java.lang.Boolean", "Boolean");

  private PathKinds() {}

  /** The kind from routes, names and kinds only (no parameter check for toggles). */
  public static PathKind of(List<EntryChain> chains, boolean multiRow, SourceRole role, boolean sqlScript) {
    return of(chains, multiRow, role, sqlScript, null);
  }

  /**
   * The kind, also recognising a toggle by its handler's parameters.
   *
   * @param graph the call graph the chains come from, or null
   */
  public static PathKind of(
      List<EntryChain> chains, boolean multiRow, SourceRole role, boolean sqlScript, CallGraph graph) {
    if (role == SourceRole.MIGRATION) {
      return PathKind.MIGRATION;
    }
    if (sqlScript) {
      return PathKind.SCRIPT;
    }
    if (multiRow) {
      return PathKind.BULK;
    }
    if (chains.isEmpty()) {
      return PathKind.UNKNOWN;
    }
    EntryPoint entry = chains.get(0).entry();
    switch (entry.kind()) {
      case "job":
        return PathKind.JOB;
      case "admin":
        return PathKind.ADMIN;
      case "http":
      case "graphql":
      case "data-rest":
        if (isAdmin(entry)) {
          return PathKind.ADMIN;
        }
        if (entry.kind().equals("http") && isToggle(entry, graph)) {
          return PathKind.TOGGLE;
        }
        return PathKind.ENDPOINT;
      default:
        return PathKind.UNKNOWN;
    }
  }

  /** Route words of one-off maintenance: upgrades, migrations, conversions, installs, repairs, rebuilds. */
  private static final Pattern MAINTENANCE_ROUTE =
      Pattern.compile("(?i)/(upgrade|migrate|migration|convert|install|setup|repair|rebuild|reindex)(/|$|\\?)");

  /** A one-off maintenance route an operator runs ({@code /study/convert/{id}}, {@code /admin/upgrade}). */
  public static boolean isMaintenance(EntryPoint entry) {
    return entry.route() != null && MAINTENANCE_ROUTE.matcher(entry.route()).find();
  }

  static boolean isAdmin(EntryPoint entry) {
    if (EntryPoints.simpleName(entry.handler().owner()).contains("Admin")) {
      return true;
    }
    for (String segment : segments(entry.route())) {
      String s = segment.toLowerCase(Locale.ROOT);
      if (s.equals("admin") || s.startsWith("admin-") || s.startsWith("admin_") || s.equals("backoffice")) {
        return true;
      }
    }
    return false;
  }

  /** An HTTP write that flips one value: its route names a switch, or its handler takes one flag. */
  public static boolean isToggle(EntryPoint entry, CallGraph graph) {
    if (entry.httpMethod() == null || !WRITE_METHODS.contains(entry.httpMethod())) {
      return false;
    }
    if (routeNamesSwitch(entry)) {
      return true;
    }
    return graph != null && graph.handler(entry).map(m -> flipsOneValue(m, graph)).orElse(false);
  }

  private static final Set<String> COPY_WORDS = Set.of("copy", "clone", "duplicate");

  /**
   * A request that makes a new record from an existing one: the route's last segment, path variables
   * aside, has the word {@code copy}, {@code clone} or {@code duplicate} ({@code PUT
   * /dashboards/{id}/copy}, {@code /cloneJob}). What it writes is the copy, which no one has seen yet.
   */
  public static boolean makesACopy(EntryPoint entry) {
    return lastLiteralSegmentHas(entry, COPY_WORDS);
  }

  private static final Set<String> ARRANGING_WORDS = Set.of("sort", "reorder", "move", "merge", "transfer");

  /**
   * A request that arranges records rather than edits one: the route's last segment, path variables
   * aside, has the word {@code sort}, {@code reorder}, {@code move}, {@code merge} or {@code transfer}
   * ({@code PUT /channel/batch-move}, {@code PUT /projects/{id}/transfer}): the client sends which
   * records go where, not a copy of their fields.
   */
  public static boolean arrangesRecords(EntryPoint entry) {
    return lastLiteralSegmentHas(entry, ARRANGING_WORDS);
  }

  /** What a route may name besides signing in: {@code /loginConfig}, {@code /loginLog} are records. */
  private static final Set<String> SIGN_IN_RECORDS = Set.of("config", "configs", "setting", "settings", "log", "logs",
      "record", "records", "info", "rule", "rules", "type", "types", "page");

  /**
   * A request that signs someone in or out ({@code POST /user/login}, {@code /doLogin}, {@code
   * /auth/sign-in}, {@code /logout}): what it writes is the account's bookkeeping (failed attempts, a
   * lock, the last login), computed from a row loaded in the same request, never a copy of a record
   * someone edited. Not {@code PUT /loginConfig} or {@code /loginLog/update}: those name records.
   */
  public static boolean signsIn(EntryPoint entry) {
    if (!"http".equals(entry.kind()) || "PUT".equals(entry.httpMethod()) || "PATCH".equals(entry.httpMethod())) {
      return false;
    }
    List<String> segments = segments(entry.route()).stream()
        .filter(s -> !s.startsWith("{") && !s.startsWith(":")).toList();
    if (segments.size() > 1 && SIGN_IN_RETURNS.contains(segments.get(segments.size() - 1).toLowerCase(Locale.ROOT))) {
      segments = segments.subList(0, segments.size() - 1); // /sys/feishu/login/callback: where the sign-in comes back
    }
    if (segments.isEmpty()) {
      return false;
    }
    List<String> words = Arrays.stream(WORD_BREAK.split(segments.get(segments.size() - 1)))
        .map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
    boolean signing = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i + 1 < words.size() && EntryPoint.SIGN_IN_WORDS.contains(word + words.get(i + 1))) {
        signing = true; // sign-in, log_out
        i++;
      } else if (SIGN_IN_RECORDS.contains(word)) {
        return false;
      } else {
        signing |= EntryPoint.SIGN_IN_WORDS.contains(word);
      }
    }
    return signing;
  }

  /** Where a single sign-on provider sends the browser back to finish signing in. */
  private static final Set<String> SIGN_IN_RETURNS = Set.of("callback", "redirect", "return");

  private static final Set<String> CREDENTIAL_WORDS = Set.of("pwd", "password", "passwd");
  /** Verbs before {@code pass} that make it a password ({@code changePass}), not an approval ({@code /audit/pass}). */
  private static final Set<String> PASSWORD_VERBS = Set.of("change", "update", "reset", "modify", "edit", "set");

  /**
   * A request that sets a new password ({@code PUT /system/user/resetPwd}, {@code /profile/updatePwd},
   * {@code /changePassword}, {@code /user/changePass}): the value it stores is chosen anew, not a copy of something read, and the
   * last reset is meant to win. Not {@code /passwordPolicy} or {@code /pwdConfig}: those name records.
   */
  public static boolean setsPassword(EntryPoint entry) {
    if (!"http".equals(entry.kind())) {
      return false;
    }
    List<String> segments = segments(entry.route()).stream()
        .filter(s -> !s.startsWith("{") && !s.startsWith(":")).toList();
    if (segments.isEmpty()) {
      return false;
    }
    boolean password = false;
    String previous = "";
    for (String word : WORD_BREAK.split(segments.get(segments.size() - 1))) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (SIGN_IN_RECORDS.contains(lower) || lower.equals("policy") || lower.equals("policies")) {
        return false;
      }
      password |= CREDENTIAL_WORDS.contains(lower) || lower.equals("pass") && PASSWORD_VERBS.contains(previous);
      previous = lower;
    }
    return password;
  }

  private static boolean lastLiteralSegmentHas(EntryPoint entry, Set<String> words) {
    List<String> segments = segments(entry.route()).stream()
        .filter(s -> !s.startsWith("{") && !s.startsWith(":")).toList();
    if (segments.isEmpty()) {
      return false;
    }
    for (String word : WORD_BREAK.split(segments.get(segments.size() - 1))) {
      if (words.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The route's last segment names a switch, as a whole or as a word of it: {@code /active},
   * {@code /status}, {@code /updateEnable}, {@code /change-status}, {@code /updateVisible},
   * {@code /views/unarchive/{id}} (path variables aside). Such a
   * request flips one value, whatever type its body is bound to.
   */
  public static boolean routeNamesSwitch(EntryPoint entry) {
    // The last segment that is no path variable: /views/unarchive/{id} names its switch before the id.
    return lastLiteralSegmentHas(entry, TOGGLE_SEGMENTS);
  }

  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

  /** Exactly one boolean or enum parameter, and no request body of another type. */
  private static boolean flipsOneValue(MethodFacts handler, CallGraph graph) {
    List<String> bodies = graph.entryPointModel().requestBodyAnnotations();
    int flags = 0;
    for (ParameterFacts parameter : handler.parameters()) {
      boolean flag = isBooleanOrEnum(parameter.type(), graph);
      boolean body = parameter.annotations().stream().anyMatch(a -> bodies.stream().anyMatch(a::is));
      if (body && !flag) {
        return false;
      }
      if (flag) {
        flags++;
      }
    }
    return flags == 1;
  }

  private static boolean isBooleanOrEnum(TypeRef type, CallGraph graph) {
    if (type == null) {
      return false;
    }
    for (String candidate : type.candidates()) {
      if (BOOLEANS.contains(candidate)
          || graph.type(candidate).map(t -> t.kind() == TypeFacts.Kind.ENUM).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> segments(String route) {
    if (route == null) {
      return List.of();
    }
    return List.of(route.split("/")).stream().filter(s -> !s.isEmpty()).toList();
  }
}
