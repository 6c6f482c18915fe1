package com.brightcart.shop.catalog;

import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/products")
class ProductController {

  record DetailsForm(String name, BigDecimal price, long version) {}

  record PriceForm(BigDecimal price, long version) {}

  record NameForm(String name) {}

  private final ProductService service;

  ProductController(ProductService service) {
    this.service = service;
  }

  @GetMapping("/{id}")
  ResponseEntity<Product> show(@PathVariable long id) {
    return ResponseEntity.ok(service.view(id));
  }

  @PutMapping("/{id}")
  ResponseEntity<Void> update(@PathVariable long id, @RequestBody DetailsForm form) {
    service.updateDetails(id, form.name(), form.price(), form.version());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/price")
  ResponseEntity<Void> changePrice(@PathVariable long id, @RequestBody PriceForm form) {
    service.changePrice(id, form.price(), form.version());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{id}/name")
  // ruleid: write-endpoint-without-precondition
  ResponseEntity<Void> rename(@PathVariable long id, @RequestBody NameForm form) {
    service.rename(id, form.name());
    return ResponseEntity.noContent().build();
  }
}
