-- Heronfield exams: MySQL. No table has a version column.
CREATE TABLE t_subject (
  id          INT PRIMARY KEY AUTO_INCREMENT,
  name        VARCHAR(100) NOT NULL,
  description TEXT
);

CREATE TABLE t_exam_paper (
  id         INT PRIMARY KEY AUTO_INCREMENT,
  name       VARCHAR(200) NOT NULL,
  subject_id INT NOT NULL,
  score      INT NOT NULL,
  notes      TEXT
);

CREATE TABLE t_message (
  id         INT PRIMARY KEY AUTO_INCREMENT,
  title      VARCHAR(200) NOT NULL,
  content    TEXT
);
