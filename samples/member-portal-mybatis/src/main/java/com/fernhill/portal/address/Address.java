package com.fernhill.portal.address;

public class Address {
  private Long id;
  private Long memberId;
  private String receiver;
  private String phone;
  private String street;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMemberId() { return memberId; }
  public void setMemberId(Long memberId) { this.memberId = memberId; }
  public String getReceiver() { return receiver; }
  public void setReceiver(String receiver) { this.receiver = receiver; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getStreet() { return street; }
  public void setStreet(String street) { this.street = street; }
}
