package com.lindenvet.clinic.web;

import com.lindenvet.clinic.api.PetsApi;
import com.lindenvet.clinic.api.model.CarePlan;
import com.lindenvet.clinic.api.model.Pet;
import com.lindenvet.clinic.pets.CarePlanDao;
import com.lindenvet.clinic.pets.PetDao;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Implements the interface openapi-generator writes from clinic.yaml; the mappings live there. */
@RestController
public class PetsController implements PetsApi {

  private final PetDao pets;
  private final CarePlanDao carePlans;

  public PetsController(PetDao pets, CarePlanDao carePlans) {
    this.pets = pets;
    this.carePlans = carePlans;
  }

  @Override
  public ResponseEntity<Pet> getPet(Long petId) {
    return pets.find(petId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
  }

  /** The edit form: whatever the client loaded is written back over the row. */
  @Override
  // ruleid: write-endpoint-without-precondition
  public ResponseEntity<Void> updatePet(Long petId, Pet pet) {
    pets.update(petId, pet);
    return ResponseEntity.noContent().build();
  }

  /** The care plan: the client sends the ETag it read, and a changed plan is not overwritten. */
  @Override
  // ok: write-endpoint-without-precondition
  public ResponseEntity<Void> replaceCarePlan(Long petId, String ifMatch, CarePlan carePlan) {
    long version = Long.parseLong(ifMatch.replace("\"", ""));
    if (carePlans.replace(petId, carePlan, version) == 0) {
      return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).build();
    }
    return ResponseEntity.noContent().build();
  }
}
