package com.fernhill.inventory;

/** Answered with 409 Conflict: the form was based on an older version. */
public class StaleEditException extends RuntimeException {
  public StaleEditException(String message) {
    super(message);
  }
}
