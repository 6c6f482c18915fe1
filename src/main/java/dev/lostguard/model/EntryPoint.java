package dev.lostguard.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where work enters the application: an HTTP handler, a GraphQL mutation, a Spring Data REST
 * repository, a scheduled or message-driven job, an admin command.
 *
 * @param kind {@code http}, {@code graphql}, {@code data-rest}, {@code job} or {@code admin}
 * @param httpMethod {@code GET}, {@code PUT}, ... for HTTP entry points; null for other kinds, for a handler
 *     mapped to any method, and for a method that registers a lambda as a route (the lambda runs as that
 *     method, which may do more than serve the route)
 * @param route the full route (class and method mappings joined), or the job's trigger
 *     ({@code @Scheduled(cron=...)}, the topic of a listener) when known; null otherwise
 * @param location the handler method's name token
 */
public record EntryPoint(String kind, String httpMethod, String route, MethodRef handler, Location location) {

  /** Kinds where a person submits what gets written: a form, an admin command. */
  private static final Set<String> PEOPLE = Set.of("http", "graphql", "data-rest", "admin");

  /**
   * Words of a route or handler name that make it a data migration someone starts once
   * ({@code POST /migration/addHostId}, {@code /history/sql-backfill}, {@code upgradeSchema}).
   */
  private static final Set<String> MIGRATION_WORDS =
      Set.of("migration", "migrations", "migrate", "backfill", "upgrade", "install", "reindex", "rebuild");
  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

  /**
   * A person submits what this entry point writes: not a timer, a queue or a device, not a data
   * migration an operator starts (its values are computed, like a migration script's), and not a
   * request a machine or a sign-in flow makes.
   */
  public boolean actedByPerson() {
    return ACTED_BY_PERSON.computeIfAbsent(this,
        entry -> PEOPLE.contains(kind) && !migration() && !machineRoute() && !signInHandler());
  }

  /** Rules ask this of the same few entry points for every write they reach: its words are split once. */
  private static final Map<EntryPoint, Boolean> ACTED_BY_PERSON = new ConcurrentHashMap<>();

  /**
   * Handler names that sign in or out ({@code login}, {@code signIn}), maybe saying how before or after
   * ({@code loginByPhone}, {@code accountLogin}).
   */
  static final Set<String> SIGN_IN_WORDS = Set.of("login", "logout", "signin", "signout", "logon", "logoff");

  /** {@code SocialAuthController.login} on {@code POST /oauth/{source}}: what it stamps is the sign-in's. */
  private boolean signInHandler() {
    if (handler == null) {
      return false;
    }
    List<String> words = Arrays.stream(WORD_BREAK.split(handler.name())).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    for (int n = 1; n <= Math.min(2, words.size()); n++) {
      if (SIGN_IN_WORDS.contains(String.join("", words.subList(0, n)))
          && (words.size() == n || SIGN_IN_MEANS.contains(words.get(n)))) {
        return true;
      }
      // accountLogin, smsSignIn: how someone signs in, then the sign-in
      if (words.size() > n && SIGN_IN_WORDS.contains(String.join("", words.subList(words.size() - n, words.size())))) {
        return true;
      }
    }
    return false;
  }

  /** {@code loginByPhone}, {@code loginWithToken}: how someone signs in, not what they edit ({@code loginLogEdit}). */
  private static final Set<String> SIGN_IN_MEANS = Set.of("by", "with", "via", "using");

  /**
   * Route segments of requests that machines and sign-in flows make, not a person's edit: a payment
   * provider's {@code /callback} or {@code /notify}, a {@code /webhook}, a device's {@code /sync} or
   * {@code /heartbeat} or {@code /keepalive}, {@code /login} (which stamps a failed attempt, a last login),
   * another service's {@code /rpc} or {@code /feign} call (made inside a request that has its own entry).
   */
  private static final Set<String> MACHINE_SEGMENTS = Set.of("callback", "callbacks", "webhook", "webhooks",
      "heartbeat", "keepalive", "keep-alive", "ping", "sync", "login", "logout", "signin", "signout", "sign-in",
      "sign-out", "rpc", "feign");
  /** Route segments of calls one service of the application makes to another. */
  private static final Set<String> SERVICE_SEGMENTS = Set.of("rpc", "feign");

  /**
   * Another service of the application calls this route ({@code /supervisor/rpc/task/stop}, {@code
   * /feign/userRole/update}), inside a request that has its own entry point.
   */
  public boolean betweenServices() {
    return route != null && Arrays.stream(route.split("/"))
        .anyMatch(segment -> SERVICE_SEGMENTS.contains(ROUTE_SUFFIX.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("")));
  }
  /** A suffix older frameworks route by ({@code /plugin/keepalive.json}, {@code /login.do}). */
  private static final Pattern ROUTE_SUFFIX = Pattern.compile("\\.(json|do|action|html?|xml)$");

  /**
   * A whole segment of the route says a machine or a sign-in flow calls it ({@code /public/sync/info}),
   * or its last fixed segment is {@code notify} ({@code /pay/notify/{channel}}; {@code /oa/notify/update}
   * edits notices) or starts by pulling or syncing another system's data ({@code /pull_order}).
   */
  private boolean machineRoute() {
    if (route == null) {
      return false;
    }
    String last = null;
    String lastAsWritten = null;
    for (String segment : route.split("/")) {
      String word = ROUTE_SUFFIX.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("");
      if (MACHINE_SEGMENTS.contains(word)) {
        return true;
      }
      if (!word.isEmpty() && !word.startsWith("{") && !word.startsWith(":")) {
        last = word;
        lastAsWritten = segment;
      }
    }
    return "notify".equals(last) || lastAsWritten != null && copiesAnotherSystem(lastAsWritten);
  }

  private static boolean copiesAnotherSystem(String segment) {
    List<String> words = Arrays.stream(WORD_BREAK.split(segment)).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return !words.isEmpty() && COPIES_ANOTHER_SYSTEM.contains(words.get(0))
        && words.stream().noneMatch(SYNC_SETTINGS::contains);
  }

  /** {@code /syncConfig}, {@code /sync-settings}: a person edits how syncing works. */
  private static final Set<String> SYNC_SETTINGS = Set.of("config", "configs", "setting", "settings", "rule", "rules",
      "task", "tasks", "job", "jobs", "plan", "plans", "info", "type", "types", "template", "templates");

  /**
   * First words of a last route segment that copy another system's data in ({@code /dou/goods/pull_goods},
   * {@code /pullOrder}, {@code /syncDocuments}): what such a request stores is that system's.
   */
  private static final Set<String> COPIES_ANOTHER_SYSTEM = Set.of("pull", "sync", "synchronize", "synchronise");

  /**
   * The route, the handler's name or its class's says it migrates data ({@code
   * ArticleSlugMigrationController}): a one-off fix, not a user's save path.
   */
  private boolean migration() {
    return words(route) || handler != null
        && (words(handler.name()) || words(handler.owner().substring(handler.owner().lastIndexOf('.') + 1)));
  }

  private static boolean words(String text) {
    if (text == null) {
      return false;
    }
    for (String word : WORD_BREAK.split(text)) {
      if (MIGRATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code PUT /api/rules/{id}}, {@code job @Scheduled}, {@code PUT} (route not known), as chains start. */
  public String label() {
    if (httpMethod != null) {
      return route == null ? httpMethod : httpMethod + " " + route;
    }
    return kind + (route == null ? "" : " " + route);
  }
}
