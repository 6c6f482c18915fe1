package com.inkwell.blog.service;

public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
