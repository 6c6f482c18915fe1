package com.fernleaf.accounts.profile;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stale form (our own comparison) and a save that lost the race after it (Hibernate's @Version check)
 * both answer 409, so the page can show the current profile next to the user's edit.
 */
@RestControllerAdvice
public class ProfileConflictAdvice {

  @ExceptionHandler({ProfileConflictException.class, ObjectOptimisticLockingFailureException.class})
  public ProblemDetail conflict(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Profile changed in another window");
    return problem;
  }
}
