package dev.lostguard.model;

/**
 * A prefix a framework puts before every table name it derives from a class name, as the
 * application's configuration sets it: MyBatis-Plus's {@code
 * mybatis-plus.global-config.db-config.table-prefix: la_} maps {@code Article} to {@code la_article}.
 * An explicit {@code @TableName("article")} keeps its own name.
 */
public record TableNamePrefix(MappedWrite.Framework framework, String prefix, Location location)
    implements CodePattern {

  @Override
  public MethodRef method() {
    return null;
  }
}
