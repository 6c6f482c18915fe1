package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One way an entry point reaches a write: the entry point, then the methods called, the handler first
 * and the method that executes the write last, then (when known) the call that executes the SQL.
 *
 * @param sink the executing call ({@code JdbcTemplate.update}), or null
 */
public record EntryChain(EntryPoint entry, List<MethodRef> methods, String sink) {

  public EntryChain(EntryPoint entry, List<MethodRef> methods) {
    this(entry, methods, null);
  }

  /** The same chain ending in the call that executes the write. */
  public EntryChain endingIn(String executingSink) {
    return new EntryChain(entry, methods, executingSink);
  }

  /** {@code [PUT /api/rules/{id}, PricingRuleController.update, PricingRuleService.save, JdbcTemplate.update]}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add(entry.label());
    methods.forEach(m -> labels.add(m.label()));
    if (sink != null) {
      labels.add(sink);
    }
    return labels;
  }
}
