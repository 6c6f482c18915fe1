package com.tealeaf.coupons;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.math.BigDecimal;

/** Coupon edits. @Version is declared, but without the interceptor MyBatis-Plus ignores it. */
public class CouponService {

  private final CouponMapper couponMapper;

  public CouponService(CouponMapper couponMapper) {
    this.couponMapper = couponMapper;
  }

  /** Looks guarded (the version travels with the form), but nothing compares it. */
  public void edit(Long id, BigDecimal discount, String remark, Integer version) {
    Coupon coupon = new Coupon();
    coupon.setId(id);
    coupon.setDiscount(discount);
    coupon.setRemark(remark);
    coupon.setVersion(version);
    // ruleid: update-without-version-check
    if (couponMapper.updateById(coupon) == 0) {
      throw new IllegalStateException("coupon " + id + " not found");
    }
  }

  /** The constructor carries the form's code and discount; only the creation stamp is set after it. */
  public void recode(Long id, String code, BigDecimal discount, java.time.LocalDateTime created) {
    Coupon coupon = new Coupon(id, code, discount);
    coupon.setCreateTime(created);
    // ruleid: update-without-version-check
    couponMapper.updateById(coupon);
  }

  /** The wrapper compares and bumps the version itself: guarded with or without the interceptor. */
  public boolean changeRemark(Long id, String remark, Integer version) {
    LambdaUpdateWrapper<Coupon> wrapper = new LambdaUpdateWrapper<Coupon>()
        .set(Coupon::getRemark, remark)
        .setSql("version = version + 1")
        .eq(Coupon::getId, id)
        .eq(Coupon::getVersion, version);
    // ok: update-without-version-check, rowcount-ignored
    return couponMapper.update(null, wrapper) > 0;
  }
}
