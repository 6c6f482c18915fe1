-- Inkwell blog (MySQL). Articles carry a version that tk.mybatis checks; tags and comments do not.

CREATE TABLE blog_article (
    id            BIGINT PRIMARY KEY AUTO_INCREMENT,
    title         VARCHAR(200) NOT NULL,
    summary       VARCHAR(500),
    body          TEXT,
    status        INT NOT NULL DEFAULT 0,
    version       INT NOT NULL DEFAULT 0,
    create_time   DATETIME,
    update_time   DATETIME
);

CREATE TABLE blog_tag (
    id            BIGINT PRIMARY KEY AUTO_INCREMENT,
    name          VARCHAR(60) NOT NULL,
    description   VARCHAR(200),
    create_time   DATETIME,
    update_time   DATETIME
);

CREATE TABLE blog_comment (
    id            BIGINT PRIMARY KEY AUTO_INCREMENT,
    article_id    BIGINT NOT NULL,
    body          TEXT NOT NULL,
    approved      TINYINT NOT NULL DEFAULT 0
);
