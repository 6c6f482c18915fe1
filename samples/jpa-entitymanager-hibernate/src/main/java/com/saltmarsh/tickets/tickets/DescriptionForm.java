package com.saltmarsh.tickets.tickets;

/** The description editor's form: a bean, as the old page posts it. */
public class DescriptionForm {

  private String description;

  private Long version;

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
