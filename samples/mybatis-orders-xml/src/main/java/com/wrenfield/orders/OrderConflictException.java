package com.wrenfield.orders;

public class OrderConflictException extends RuntimeException {

  public OrderConflictException(long id) {
    super("order " + id + " was changed by someone else; reload it");
  }
}
