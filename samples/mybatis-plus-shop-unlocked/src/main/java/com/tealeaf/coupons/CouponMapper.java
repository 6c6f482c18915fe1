package com.tealeaf.coupons;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

public interface CouponMapper extends BaseMapper<Coupon> {}
