package com.lindenvet.clinic.pets;

import com.lindenvet.clinic.api.model.Pet;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class PetDao {

  private final JdbcTemplate jdbc;

  public PetDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Pet> find(long id) {
    return jdbc.query("SELECT name, species, owner_notes, allergies FROM pet WHERE id = ?",
        (rs, rowNum) -> new Pet()
            .name(rs.getString("name"))
            .species(rs.getString("species"))
            .ownerNotes(rs.getString("owner_notes"))
            .allergies(rs.getString("allergies")),
        id).stream().findFirst();
  }

  public void update(long id, Pet pet) {
    // ruleid: unversioned-table-update
    jdbc.update(
        "UPDATE pet SET name = ?, species = ?, owner_notes = ?, allergies = ? WHERE id = ?",
        pet.getName(),
        pet.getSpecies(),
        pet.getOwnerNotes(),
        pet.getAllergies(),
        id);
  }
}
