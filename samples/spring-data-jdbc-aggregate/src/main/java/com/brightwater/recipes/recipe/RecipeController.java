package com.brightwater.recipes.recipe;

import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/recipes")
public class RecipeController {

  private final RecipeRepository recipes;

  public RecipeController(RecipeRepository recipes) {
    this.recipes = recipes;
  }

  /**
   * The form's version goes onto the aggregate before save(): Spring Data JDBC then runs
   * {@code UPDATE recipe ... WHERE id = ? AND version = ?} with it, so a stale form gets a conflict.
   */
  @PutMapping("/{id}")
  // ok: client-version-dropped, write-endpoint-without-precondition, conflict-swallowed
  public Recipe update(@PathVariable long id, @RequestBody RecipeForm form) {
    Recipe recipe = recipes.findById(id).orElseThrow();
    recipe.setTitle(form.title());
    recipe.setInstructions(form.instructions());
    recipe.setVersion(form.version());
    return recipes.save(recipe);
  }

  /** The servings stepper saves with the version it just loaded: a stale page still wins. */
  @PatchMapping("/{id}/servings")
  // ruleid: client-version-dropped, write-endpoint-without-precondition
  public Recipe servings(@PathVariable long id, @RequestParam int servings) {
    Recipe recipe = recipes.findById(id).orElseThrow();
    recipe.setServings(servings);
    return recipes.save(recipe);
  }
}
