package com.voltyard.fleet;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ChargerController {

  public record ChargerForm(String name, String siteNote) {}

  private final ChargerDao chargers;

  public ChargerController(ChargerDao chargers) {
    this.chargers = chargers;
  }

  @PutMapping("/chargers/{id}")
  // ruleid: write-endpoint-without-precondition
  public void edit(@PathVariable long id, @RequestBody ChargerForm form) {
    chargers.edit(id, form.name(), form.siteNote());
  }
}
