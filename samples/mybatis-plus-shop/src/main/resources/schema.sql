-- Tealeaf shop catalogue (MySQL). Products carry a version that MyBatis-Plus checks.

CREATE TABLE t_product (
    id          BIGINT PRIMARY KEY AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    price       DECIMAL(10, 2) NOT NULL,
    stock       INT NOT NULL DEFAULT 0,
    description TEXT,
    version     INT NOT NULL DEFAULT 0
);
