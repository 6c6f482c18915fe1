package com.lindenvet.clinic.pets;

import com.lindenvet.clinic.api.model.CarePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CarePlanDao {

  private final JdbcTemplate jdbc;

  public CarePlanDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the plan if it still has the version the client read; 0 rows means it changed. */
  public int replace(long petId, CarePlan plan, long version) {
    // ok: update-without-version-check, rowcount-ignored
    return jdbc.update(
        "UPDATE care_plan SET diet = ?, medication = ?, version = version + 1 WHERE pet_id = ? AND version = ?",
        plan.getDiet(),
        plan.getMedication(),
        petId,
        version);
  }
}
