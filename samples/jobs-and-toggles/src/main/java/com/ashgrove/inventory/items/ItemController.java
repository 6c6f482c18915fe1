package com.ashgrove.inventory.items;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/items")
public class ItemController {

  private final StockItemDao items;

  public ItemController(StockItemDao items) {
    this.items = items;
  }

  @GetMapping("/{id}")
  public StockItem show(@PathVariable long id) {
    return items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PutMapping("/{id}")
  // ok: write-endpoint-without-precondition
  public ResponseEntity<Void> update(@PathVariable long id, @RequestBody ItemForm form) {
    if (items.updateDetails(id, form) == 0) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "item " + id + " was changed; reload it");
    }
    return ResponseEntity.noContent().build();
  }

  /** Beside the guarded form, the switch on the list page writes without any version. */
  @PatchMapping("/{id}/active")
  // ruleid: write-endpoint-without-precondition
  public ResponseEntity<Void> setActive(@PathVariable long id, @RequestParam boolean active) {
    items.setActive(id, active);
    return ResponseEntity.noContent().build();
  }
}
