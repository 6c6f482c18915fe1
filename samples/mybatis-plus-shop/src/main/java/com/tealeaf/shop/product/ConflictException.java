package com.tealeaf.shop.product;

/** Answered with 409 Conflict. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
