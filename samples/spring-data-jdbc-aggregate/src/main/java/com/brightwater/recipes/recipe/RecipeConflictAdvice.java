package com.brightwater.recipes.recipe;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A save with a stale version (Spring Data JDBC's check) answers 409, so the editor can reload. */
@RestControllerAdvice
public class RecipeConflictAdvice {

  @ExceptionHandler(OptimisticLockingFailureException.class)
  public ProblemDetail conflict(OptimisticLockingFailureException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Recipe changed by someone else");
    return problem;
  }
}
