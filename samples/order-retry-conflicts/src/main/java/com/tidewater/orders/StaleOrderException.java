package com.tidewater.orders;

class StaleOrderException extends RuntimeException {

  StaleOrderException(long id) {
    super("order " + id + " was changed by someone else");
  }
}
