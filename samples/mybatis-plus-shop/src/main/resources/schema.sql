-- Tealeaf shop catalogue (MySQL). Products carry a version that MyBatis-Plus checks.

CREATE TABLE t_product (
    id          BIGINT PRIMARY KEY AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    price       DECIMAL(10, 2) NOT NULL,
    stock       INT NOT NULL DEFAULT 0,
    description TEXT,
    version     INT NOT NULL DEFAULT 0
);

-- Suppliers have no version column.
CREATE TABLE t_supplier (
    id      BIGINT PRIMARY KEY AUTO_INCREMENT,
    name    VARCHAR(120) NOT NULL,
    contact VARCHAR(200),
    status  VARCHAR(20) NOT NULL
);
