package com.brightwater.recipes.recipe;

/** The edit form sends back the version the page was rendered from. */
public record RecipeForm(String title, String instructions, Long version) {}
