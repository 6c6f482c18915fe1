package com.tealeaf.coupons;

import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.Version;
import java.math.BigDecimal;

/** Table name by default naming: coupon. */
public class Coupon {

  @TableId
  private Long id;
  private String code;
  private BigDecimal discount;
  private String remark;
  private java.time.LocalDateTime createTime;
  @Version
  private Integer version;

  public Coupon() {}

  public Coupon(Long id, String code, BigDecimal discount) {
    this.id = id;
    this.code = code;
    this.discount = discount;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getCode() { return code; }
  public BigDecimal getDiscount() { return discount; }
  public void setDiscount(BigDecimal discount) { this.discount = discount; }
  public String getRemark() { return remark; }
  public void setRemark(String remark) { this.remark = remark; }
  public void setCreateTime(java.time.LocalDateTime createTime) { this.createTime = createTime; }
  public Integer getVersion() { return version; }
  public void setVersion(Integer version) { this.version = version; }
}
