package com.fernhill.portal.web;

import com.fernhill.portal.address.Address;
import com.fernhill.portal.address.AddressMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AddressController {

  private final AddressMapper addresses;

  public AddressController(AddressMapper addresses) {
    this.addresses = addresses;
  }

  @PostMapping("/api/addresses/save")
  public ResponseEntity<Void> save(@LoginUser Long memberId, @RequestBody Address address) {
    if (addresses.findOwned(address.getId(), memberId) == null) {
      return ResponseEntity.notFound().build();
    }
    addresses.update(address);
    return ResponseEntity.noContent().build();
  }
}
