package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes whose callers first read the row with a locking query through a mapper or a DAO: a service
 * method that calls {@code accountMapper.selectByIdForUpdate(id)} and then {@code
 * accountMapper.updateById(account)} holds the row lock until its transaction ends, so no other writer
 * can change the row between the read and the write. Locking reads are MyBatis XML {@code <select>}s
 * and query annotations ({@code @Select}, JDBI {@code @SqlQuery}, {@code @Query}) whose text says
 * {@code FOR UPDATE} (also inside an {@code <if>} or a template flag: the caller asks for it), and
 * methods annotated {@code @Lock(PESSIMISTIC_WRITE)}. A read locks the write's table when it names it
 * in its {@code FROM}, or, when its table is not known, when it is a method of the same mapper or DAO.
 */
public final class PessimisticLocks {

  private static final Pattern FOR_UPDATE = Pattern.compile("(?i)\\bfor\\s+(no\\s+key\\s+)?update\\b");
  private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+([\\w.\"`\\[\\]]+)");
  private static final Set<String> QUERY_ANNOTATIONS = Set.of("Select", "SqlQuery", "Query");
  private static final Set<String> LOCK_ANNOTATIONS = Set.of("Lock");

  private PessimisticLocks() {}

  /** Whether SQL text takes a row lock. */
  public static boolean locks(String sql) {
    return sql != null && FOR_UPDATE.matcher(sql).find();
  }

  /** The table a locking read's {@code FROM} names, lower-case and unqualified; empty when unknown. */
  public static String table(String sql) {
    Matcher from = FROM.matcher(sql);
    if (!from.find()) {
      return "";
    }
    String name = from.group(1).replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * The writes, each marked as reading its own table under a lock when every method that calls it
   * also calls a locking read of that table.
   *
   * @param mapperReads locking {@code <select>}s: {@code namespace.id} to the table ("" when unknown)
   */
  public static List<WriteSite> apply(List<WriteSite> sites, CallGraph graph, Map<String, String> mapperReads) {
    Map<MethodRef, String> reads = lockingReads(graph, mapperReads);
    if (reads.isEmpty()) {
      return sites;
    }
    List<WriteSite> marked = new ArrayList<>(sites.size());
    for (WriteSite site : sites) {
      marked.add(lockedByEveryCaller(site, graph, reads) ? site.withLockedRead(site.table()) : site);
    }
    return marked;
  }

  private static Map<MethodRef, String> lockingReads(CallGraph graph, Map<String, String> mapperReads) {
    Map<MethodRef, String> reads = new HashMap<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        lockedTable(method, type, mapperReads).ifPresent(table -> reads.put(method.ref(), table));
      }
    }
    return reads;
  }

  private static Optional<String> lockedTable(MethodFacts method, TypeFacts type, Map<String, String> mapperReads) {
    String fromMapper = mapperReads.get(type.qualifiedName() + "." + method.ref().name());
    if (fromMapper != null) {
      return Optional.of(fromMapper);
    }
    for (AnnotationFacts annotation : method.annotations()) {
      String name = EntryPoints.simpleName(annotation.names().get(0));
      if (LOCK_ANNOTATIONS.contains(name)
          && annotation.attributes().values().stream().flatMap(List::stream).anyMatch(v -> v.contains("PESSIMISTIC_WRITE"))) {
        return Optional.of("");
      }
      if (QUERY_ANNOTATIONS.contains(name)) {
        for (String text : annotation.attributes().getOrDefault("value", List.of())) {
          if (locks(text)) {
            return Optional.of(table(text));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean lockedByEveryCaller(WriteSite site, CallGraph graph, Map<MethodRef, String> reads) {
    if (site.method() == null || site.table() == null || site.lockedReadTables().contains(site.table())) {
      return false;
    }
    if (readsLocked(site.method(), site, graph, reads)) {
      return true; // the write is judged at a call whose method locked the row first (a loaded row)
    }
    Set<MethodRef> callers = graph.callersOf(site.method());
    return !callers.isEmpty() && callers.stream().allMatch(caller -> readsLocked(caller, site, graph, reads));
  }

  /** {@code method} calls a locking read of the site's table (or, its table unknown, of the site's mapper). */
  private static boolean readsLocked(MethodRef method, WriteSite site, CallGraph graph, Map<MethodRef, String> reads) {
    for (MethodRef callee : graph.calleesOf(method)) {
      String table = reads.get(callee);
      if (table != null && (table.equals(site.table())
          || table.isEmpty() && callee.owner().equals(site.method().owner()))) {
        return true;
      }
    }
    return false;
  }
}
