package com.tealeaf.shop.supplier;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;

@TableName("t_supplier")
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Supplier {

  @TableId(type = IdType.AUTO)
  private Long id;
  private String name;
  private String contact;
  private String status;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = contact; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
}
