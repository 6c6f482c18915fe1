-- Tealeaf coupons (MySQL). The table has a version column, but no OptimisticLockerInnerInterceptor is
-- registered, so MyBatis-Plus never checks it.

CREATE TABLE coupon (
    id        BIGINT PRIMARY KEY AUTO_INCREMENT,
    code      VARCHAR(40) NOT NULL UNIQUE,
    discount  DECIMAL(10, 2) NOT NULL,
    remark    VARCHAR(200),
    create_time DATETIME,
    version   INT NOT NULL DEFAULT 0
);
