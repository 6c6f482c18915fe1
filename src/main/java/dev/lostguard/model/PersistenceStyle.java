package dev.lostguard.model;

/**
 * Which framework maps an entity, because they check versions differently. JPA compares the version
 * it loaded into the persistence context, so copying the client's version onto a managed entity is
 * no guard; Spring Data JDBC, R2DBC and MongoDB compare the version value the saved object carries,
 * so setting it from the request is the guard; MyBatis-Plus checks {@code @Version} only when its
 * optimistic-locker interceptor is registered.
 */
public enum PersistenceStyle {
  /** {@code @Entity} / {@code @MappedSuperclass} of jakarta or javax persistence. */
  JPA,
  /** Spring Data JDBC or R2DBC: {@code @Table} of {@code org.springframework.data.relational}. */
  SPRING_DATA_JDBC,
  /** Spring Data MongoDB: {@code @Document}. */
  MONGO,
  /** MyBatis-Plus: {@code @TableName}, {@code @TableId}, {@code @TableField} or its {@code @Version}. */
  MYBATIS_PLUS,
  /**
   * tk.mybatis ("通用 Mapper"): a class with JPA {@code @Table}, {@code @Id}, {@code @Column} or
   * {@code @Transient} but no {@code @Entity}, or tk's own {@code @Version}; tk compares the version
   * the saved object carries.
   */
  TK_MYBATIS;

  /** Whether the version the saved object carries is what the framework compares. */
  public boolean checksCarriedVersion() {
    return this == SPRING_DATA_JDBC || this == MONGO || this == TK_MYBATIS;
  }
}
