package com.tealeaf.shop.product;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.math.BigDecimal;

@TableName("t_product")
public class Product {

  @TableId(type = IdType.AUTO)
  private Long id;
  private String name;
  private BigDecimal price;
  private Integer stock;
  private String description;
  @Version
  private Integer version;
  @TableField(exist = false)
  private String categoryName;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
  public Integer getStock() { return stock; }
  public void setStock(Integer stock) { this.stock = stock; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public Integer getVersion() { return version; }
  public void setVersion(Integer version) { this.version = version; }
}
