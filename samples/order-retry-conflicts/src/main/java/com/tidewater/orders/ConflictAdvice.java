package com.tidewater.orders;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every optimistic-lock failure that reaches the web layer becomes 409 Conflict. */
@RestControllerAdvice
class ConflictAdvice {

  @ExceptionHandler({OptimisticLockingFailureException.class, StaleOrderException.class})
  ResponseEntity<String> conflict(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
  }
}
