package com.harborsupply.pricing;

import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/rules")
class PricingRuleController {

  record DiscountChange(BigDecimal discountPercent, long version) {}

  record NameChange(String name, long version) {}

  record ActiveChange(boolean active) {}

  private final PricingRuleRepository rules;

  PricingRuleController(PricingRuleRepository rules) {
    this.rules = rules;
  }

  @GetMapping("/{id}")
  PricingRule get(@PathVariable long id) {
    return rules.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PutMapping("/{id}")
  ResponseEntity<Void> save(@PathVariable long id, @RequestBody PricingRule form) {
    rules.update(
        new PricingRule(
            id,
            form.name(),
            form.skuPattern(),
            form.thresholdQty(),
            form.discountPercent(),
            form.active(),
            form.usageCount(),
            form.version()));
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/active")
  // ruleid: write-endpoint-without-precondition
  ResponseEntity<Void> setActive(@PathVariable long id, @RequestBody ActiveChange change) {
    rules.setActive(id, change.active());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/discount")
  // ok: write-endpoint-without-precondition
  ResponseEntity<Void> changeDiscount(@PathVariable long id, @RequestBody DiscountChange change) {
    rules.updateDiscount(id, change.discountPercent(), change.version());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/name")
  ResponseEntity<Void> rename(@PathVariable long id, @RequestBody NameChange change) {
    if (!rules.rename(id, change.name(), change.version())) {
      return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
    return ResponseEntity.noContent().build();
  }
}
