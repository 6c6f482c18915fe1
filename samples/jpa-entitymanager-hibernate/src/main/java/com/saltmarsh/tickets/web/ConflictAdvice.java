package com.saltmarsh.tickets.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A save that lost the race answers 409, so the page can offer a reload. */
@RestControllerAdvice
public class ConflictAdvice {

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  public ProblemDetail conflict(ObjectOptimisticLockingFailureException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "changed by someone else");
  }
}
