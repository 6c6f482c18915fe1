package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One way an entry point reaches a write: the entry point, then the methods called, the handler first
 * and the method that executes the write last.
 */
public record EntryChain(EntryPoint entry, List<MethodRef> methods) {

  /** {@code [PUT /api/rules/{id}, PricingRuleController.update, PricingRuleService.save]}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add(entry.label());
    methods.forEach(m -> labels.add(m.label()));
    return labels;
  }
}
