package com.saltmarsh.tickets.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags for conditional GETs: the filter hashes responses; it never checks an If-Match on a PUT. */
@Configuration
public class WebConfig {

  @Bean
  public ShallowEtagHeaderFilter etags() {
    return new ShallowEtagHeaderFilter();
  }
}
