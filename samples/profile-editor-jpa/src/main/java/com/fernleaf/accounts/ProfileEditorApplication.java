package com.fernleaf.accounts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProfileEditorApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProfileEditorApplication.class, args);
  }
}
