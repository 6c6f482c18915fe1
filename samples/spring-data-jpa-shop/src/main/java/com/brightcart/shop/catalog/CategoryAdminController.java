package com.brightcart.shop.catalog;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The category admin's commands: each runs one bulk statement of ProductRepository. */
@RestController
@RequestMapping("/categories")
class CategoryAdminController {

  private final ProductService service;

  CategoryAdminController(ProductService service) {
    this.service = service;
  }

  @PostMapping("/{category}/withdraw")
  void withdraw(@PathVariable String category) {
    service.withdrawCategory(category);
  }

  @PostMapping("/{category}/merge-into/{target}")
  void merge(@PathVariable String category, @PathVariable String target) {
    service.mergeCategories(category, target);
  }

  @PostMapping("/{category}/reprice")
  void reprice(@PathVariable String category, @RequestParam BigDecimal factor) {
    service.repriceCategory(category, factor);
  }
}
