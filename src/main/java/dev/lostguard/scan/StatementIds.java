package dev.lostguard.scan;

import dev.lostguard.model.FileFacts;
import dev.lostguard.model.MapperFacts;
import dev.lostguard.model.MapperStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the mapper statements a MyBatis statement id names, as MyBatis's configuration does: the full
 * {@code namespace.id}, or a short {@code id} (without a dot) that only one {@code namespace.id} of the
 * project ends with. An ambiguous short id fails in MyBatis, and names nothing here.
 */
final class StatementIds {

  /** Statements by {@code namespace.id}: several when mappers for different databases share a namespace. */
  private final Map<String, List<MapperStatement>> byFullId = new HashMap<>();
  private final Map<String, Set<String>> fullIdsByShortId = new HashMap<>();

  /**
   * The calls that reach each statement, and how many calls name no statement.
   *
   * @param callsByStatement by identity, each list in call order
   */
  record Reached(Map<MapperStatement, List<StatementIdCall>> callsByStatement, int unknown) {

    List<StatementIdCall> callsOf(MapperStatement statement) {
      return callsByStatement.getOrDefault(statement, List.of());
    }
  }

  private StatementIds() {}

  static StatementIds of(List<FileFacts> facts) {
    StatementIds ids = new StatementIds();
    for (FileFacts file : facts) {
      for (MapperFacts mapper : file.mappers()) {
        for (MapperStatement statement : mapper.statements()) {
          String full = mapper.namespace() + "." + statement.id();
          ids.byFullId.computeIfAbsent(full, k -> new ArrayList<>()).add(statement);
          ids.fullIdsByShortId.computeIfAbsent(statement.id(), k -> new TreeSet<>()).add(full);
        }
      }
    }
    return ids;
  }

  /** The statements {@code id} names; empty when none or when a short id is ambiguous. */
  List<MapperStatement> find(String id) {
    String key = id.strip();
    List<MapperStatement> exact = byFullId.get(key);
    if (exact != null) {
      return exact;
    }
    Set<String> full = key.indexOf('.') < 0 ? fullIdsByShortId.get(key) : null;
    return full != null && full.size() == 1 ? byFullId.get(full.iterator().next()) : List.of();
  }

  Reached reach(List<StatementIdCall> calls) {
    Map<MapperStatement, List<StatementIdCall>> byStatement = new IdentityHashMap<>();
    int unknown = 0;
    for (StatementIdCall call : calls) {
      List<MapperStatement> statements = find(call.id());
      if (statements.isEmpty()) {
        unknown++;
      }
      statements.forEach(s -> byStatement.computeIfAbsent(s, k -> new ArrayList<>()).add(call));
    }
    return new Reached(byStatement, unknown);
  }
}
