package com.fernleaf.accounts.profile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProfileNotFoundException extends RuntimeException {

  public ProfileNotFoundException(long id) {
    super("no profile " + id);
  }
}
