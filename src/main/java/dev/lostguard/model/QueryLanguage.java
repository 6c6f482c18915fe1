package dev.lostguard.model;

/**
 * How a statement names its tables: SQL names tables, JPQL/HQL names entities and their fields. A
 * MyBatis statement id is no text at all: it names a mapper statement ({@code namespace.id}, or the
 * short {@code id}) whose SQL lives in an XML mapper ({@code sqlSession.update("Order.save", order)}).
 */
public enum QueryLanguage {
  SQL,
  JPQL,
  MYBATIS_STATEMENT_ID
}
