package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.javaparser.ast.CompilationUnit;
import dev.lostguard.model.EntityFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.LockingMode;
import dev.lostguard.model.PersistenceStyle;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  static List<EntityFacts> extract(String path, String source) {
    CompilationUnit unit = JavaParsing.parse(JavaParsing.newParser(), source).unit().orElseThrow();
    return EntityExtractor.extract(unit, path, ImportScope.of(unit));
  }

  private static EntityFacts only(String source) {
    List<EntityFacts> entities = extract("src/main/java/Shop.java", source);
    assertThat(entities).hasSize(1);
    return entities.get(0);
  }

  @Test
  void readsJakartaEntityWithTableColumnsAndIntegralVersion() {
    EntityFacts order = only("""
        package com.shop;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "\\"Orders\\"")
        public class Order {
          @Id Long id;
          @Column(name = "STATUS_CODE") String status;
          private String lastModifiedBy;
          @ManyToOne Customer customer;
          @ManyToOne @JoinColumn(name = "ship_to") Address shipping;
          @OneToMany(mappedBy = "order") List<Line> lines;

          @Version
          private Long version;
        }
        """);
    assertThat(order.qualifiedName()).isEqualTo("com.shop.Order");
    assertThat(order.entityName()).isEqualTo("Order");
    assertThat(order.table()).isEqualTo("orders");
    assertThat(order.mappedSuperclass()).isFalse();
    assertThat(order.columns())
        .containsExactly(
            entry("id", "id"),
            entry("status", "status_code"),
            entry("lastModifiedBy", "last_modified_by"),
            entry("customer", "customer_id"),
            entry("shipping", "ship_to"),
            entry("version", "version"));
    assertThat(order.version().field()).isEqualTo("version");
    assertThat(order.version().column()).isEqualTo("version");
    assertThat(order.version().type()).isEqualTo("Long");
    assertThat(order.version().category()).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(order.version().annotation()).isEqualTo(new Location("src/main/java/Shop.java", 15, 3, 15, 10));
    assertThat(order.declaredLocking()).isEqualTo(LockingMode.VERSION);
  }

  @Test
  void readsJavaxImportsEntityNameAndSchemaQualifiedTable() {
    EntityFacts rule = only("""
        package com.shop;

        import javax.persistence.Column;
        import javax.persistence.Entity;
        import javax.persistence.Table;
        import javax.persistence.Version;

        @Entity(name = "Rule")
        @Table(name = "pricing.PRICING_RULES", schema = "pricing")
        class PricingRule {
          @Version @Column(name = "OPT_LOCK") int revision;
        }
        """);
    assertThat(rule.entityName()).isEqualTo("Rule");
    assertThat(rule.table()).isEqualTo("pricing_rules");
    assertThat(rule.version().column()).isEqualTo("opt_lock");
    assertThat(rule.version().type()).isEqualTo("int");
  }

  @Test
  void acceptsFullyQualifiedAnnotationsWithoutImports() {
    EntityFacts item = only("""
        package com.shop;

        @jakarta.persistence.Entity
        public class Item {
          @jakarta.persistence.Version java.time.Instant version;
        }
        """);
    assertThat(item.entityName()).isEqualTo("Item");
    assertThat(item.table()).isNull();
    assertThat(item.version().type()).isEqualTo("java.time.Instant");
    assertThat(item.version().category()).isEqualTo(TypeCategory.TEMPORAL);
  }

  @Test
  void ignoresSameNamedAnnotationsFromOtherPackages() {
    List<EntityFacts> entities = extract("Doc.java", """
        package com.shop;

        import com.acme.odm.Entity;
        import com.acme.odm.Version;
        import jakarta.persistence.*;

        @Entity
        class Document {
          @Version long version;
        }

        @com.acme.odm.Entity
        class Other {}

        @jakarta.persistence.MappedSuperclass
        class Base {
          @Version long version;
        }
        """);
    assertThat(entities).singleElement().satisfies(base -> {
      assertThat(base.qualifiedName()).isEqualTo("com.shop.Base");
      assertThat(base.mappedSuperclass()).isTrue();
      assertThat(base.version()).isNull();
    });
  }

  @Test
  void ignoresAnnotationsWithoutAnyPersistenceImport() {
    assertThat(extract("A.java", """
        package com.shop;
        @Entity class A { @Version long version; }
        """)).isEmpty();
  }

  @Test
  void categorisesTemporalVersionAndPointsAtTheAnnotationLine() {
    EntityFacts audit = only("""
        import jakarta.persistence.Entity;
        import jakarta.persistence.Version;
        import java.time.Instant;

        @Entity
        class Audit {
          @Version
          Instant updatedAt;
        }
        """);
    assertThat(audit.version().category()).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(audit.version().column()).isEqualTo("updated_at");
    assertThat(audit.version().annotation().startLine()).isEqualTo(7);
    assertThat(EntityExtractor.category("java.sql.Timestamp")).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(EntityExtractor.category("java.util.Date")).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(EntityExtractor.category("BigInteger")).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(EntityExtractor.category("String")).isEqualTo(TypeCategory.OTHER);
  }

  @Test
  void skipsStaticTransientAndTransientAnnotatedFields() {
    EntityFacts account = only("""
        import jakarta.persistence.*;

        @Entity
        class Account {
          static final long serialVersionUID = 1L;
          private transient String cache;
          @Transient String display;
          @org.springframework.data.annotation.Transient String ignoredByJpaOnly;
          String URLValue, owner;
        }
        """);
    assertThat(account.columns())
        .containsExactly(
            entry("ignoredByJpaOnly", "ignored_by_jpa_only"), entry("URLValue", "url_value"), entry("owner", "owner"));
    assertThat(account.version()).isNull();
    assertThat(account.declaredLocking()).isEqualTo(LockingMode.NONE);
  }

  @Test
  void readsHibernateVersionlessLockingAndExcludedBookkeepingFields() {
    EntityFacts profile = only("""
        import jakarta.persistence.*;
        import org.hibernate.annotations.OptimisticLock;
        import org.hibernate.annotations.OptimisticLockType;
        import org.hibernate.annotations.OptimisticLocking;

        @Entity
        @OptimisticLocking(type = OptimisticLockType.DIRTY)
        class Profile {
          String name;
          @OptimisticLock(excluded = true) @Column(name = "last_login") java.time.Instant lastLogin;
          @OptimisticLock(excluded = false) int visits;
        }
        """);
    assertThat(profile.declaredLocking()).isEqualTo(LockingMode.VERSIONLESS);
    assertThat(profile.bookkeepingColumns()).containsExactly("last_login");
  }

  @Test
  void versionLockingNoneUnlessDirtyOrAll() {
    EntityFacts profile = only("""
        import jakarta.persistence.*;
        import org.hibernate.annotations.*;

        @Entity
        @OptimisticLocking(type = OptimisticLockType.NONE)
        class Profile { String name; }
        """);
    assertThat(profile.declaredLocking()).isEqualTo(LockingMode.NONE);
  }

  @Test
  void findsNestedEntitiesWithOuterClassesInTheirName() {
    List<EntityFacts> entities = extract("Model.java", """
        package com.shop;

        import jakarta.persistence.Entity;

        public class Model {
          public static class Holder {
            @Entity
            public static class Line {}
          }
        }
        """);
    assertThat(entities).extracting(EntityFacts::qualifiedName).containsExactly("com.shop.Model.Holder.Line");
    assertThat(entities.get(0).entityName()).isEqualTo("Line");
  }

  @Test
  void nameLocationIsTheClassNameTokenBelowTheAnnotations() {
    EntityFacts order = only("""
        import jakarta.persistence.Entity;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "orders")
        public class Order {
        }
        """);
    assertThat(order.nameLocation()).isEqualTo(new Location("src/main/java/Shop.java", 6, 14, 6, 18));
  }

  @Test
  void acceptsSpringDataVersionAnnotation() {
    EntityFacts item = only("""
        import jakarta.persistence.Entity;
        import org.springframework.data.annotation.Version;

        @Entity
        class Item {
          @Version Integer lockVersion;
        }
        """);
    assertThat(item.version().column()).isEqualTo("lock_version");
    assertThat(item.version().category()).isEqualTo(TypeCategory.INTEGRAL);
  }

  @Test
  void recordsSuperclassCandidatesFromImportsAndEnclosingClasses() {
    List<EntityFacts> entities = extract("Shop.java", """
        package com.shop;

        import com.shop.base.Auditable;
        import jakarta.persistence.*;

        public class Shop {
          @MappedSuperclass static class Base {}
          @Entity static class Order extends Base {}
          @Entity static class Invoice extends Auditable<Long> {}
        }
        """);
    assertThat(entities.get(1).superclassCandidates()).containsExactly("com.shop.Shop.Base", "com.shop.Base", "jakarta.persistence.Base");
    assertThat(entities.get(2).superclassCandidates()).startsWith("com.shop.Shop.Auditable", "com.shop.base.Auditable");
  }

  @Test
  void readsMappingFromGettersUnderPropertyAccess() {
    EntityFacts legacy = only("""
        import javax.persistence.*;

        @Entity
        class Legacy {
          private long id;
          private int version;
          private String cachedLabel;

          @Id public long getId() { return id; }
          @Version @Column(name = "lock_no") public int getVersion() { return version; }
          public boolean isActive() { return true; }
          @Transient public String getLabel() { return cachedLabel; }
          public void setVersion(int v) { version = v; }
        }
        """);
    assertThat(legacy.columns()).containsExactly(entry("id", "id"), entry("version", "lock_no"), entry("active", "active"));
    assertThat(legacy.version().field()).isEqualTo("version");
    assertThat(legacy.version().annotation().startLine()).isEqualTo(10);
  }

  @Test
  void readsSpringDataJdbcAggregateWithRelationalTableColumnAndVersion() {
    EntityFacts recipe = only("""
        package com.food;

        import org.springframework.data.annotation.Id;
        import org.springframework.data.annotation.Transient;
        import org.springframework.data.annotation.Version;
        import org.springframework.data.relational.core.mapping.Column;
        import org.springframework.data.relational.core.mapping.Table;

        @Table("recipes")
        class Recipe {
          @Id Long id;
          @Column("headline") String title;
          int servingCount;
          @Transient String preview;
          @Version Long version;
        }
        """);
    assertThat(recipe.style()).isEqualTo(PersistenceStyle.SPRING_DATA_JDBC);
    assertThat(recipe.table()).isEqualTo("recipes");
    assertThat(recipe.columns())
        .containsExactly(entry("id", "id"), entry("title", "headline"), entry("servingCount", "serving_count"),
            entry("version", "version"));
    assertThat(recipe.version().column()).isEqualTo("version");
  }

  @Test
  void readsMongoDocumentAndMybatisPlusEntityWithTheirOwnAnnotations() {
    List<EntityFacts> entities = extract("src/main/java/Shop.java", """
        package com.shop;

        import com.baomidou.mybatisplus.annotation.TableField;
        import com.baomidou.mybatisplus.annotation.TableName;
        import com.baomidou.mybatisplus.annotation.Version;
        import org.springframework.data.mongodb.core.mapping.Document;
        import org.springframework.data.mongodb.core.mapping.Field;

        class Shop {
          @Document(collection = "reviews")
          static class Review {
            @Field("txt") String text;
            @org.springframework.data.annotation.Version Long version;
          }

          @TableName("t_coupon")
          static class Coupon {
            @TableField("coupon_code") String code;
            @TableField(exist = false) String label;
            @Version Integer revision;
          }
        }
        """);
    assertThat(entities).extracting(EntityFacts::style)
        .containsExactly(PersistenceStyle.MONGO, PersistenceStyle.MYBATIS_PLUS);
    assertThat(entities).extracting(EntityFacts::table).containsExactly("reviews", "t_coupon");
    assertThat(entities.get(0).columns()).containsEntry("text", "txt");
    assertThat(entities.get(1).columns()).containsOnlyKeys("code", "revision").containsEntry("code", "coupon_code");
    assertThat(entities.get(1).version().column()).isEqualTo("revision");
  }

  @Test
  void ignoresPlainClassesAndSameNamedAnnotationsFromOtherPackages() {
    List<EntityFacts> entities = extract("src/main/java/Shop.java", """
        package com.shop;

        import com.acme.meta.Table;

        @Table("not_a_mapping")
        class Report {
          String title;
        }
        """);
    assertThat(entities).isEmpty();
  }

  @Test
  void leavesTableNamesWrittenWithConstantsToTheScanWithTheirCandidateOwners() {
    List<EntityFacts> entities = extract("src/main/java/Shop.java", """
        package com.shop;

        import static com.shop.db.Tables.PREFIX;

        import com.baomidou.mybatisplus.annotation.TableName;
        import com.shop.db.Names;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Table;

        class Shop {
          @TableName(value = Subject.TABLE_NAME, autoResultMap = true)
          static class Subject {
            public static final String TABLE_NAME = "cc_vote_subject";
          }

          @Entity
          @Table(name = PREFIX + "order")
          static class Order {}

          @TableName(Names.COUPON)
          static class Coupon {}

          @TableName(Names.coupon())
          static class Unreadable {}

          @TableName("t_label")
          static class Label {}
        }
        """);
    assertThat(entities).extracting(EntityFacts::table).containsExactly(null, null, null, null, "t_label");
    assertThat(entities.get(0).tableConstant()).isInstanceOfSatisfying(SqlText.ConstantRef.class, ref -> {
      assertThat(ref.field()).isEqualTo("TABLE_NAME");
      assertThat(ref.owners()).first().isEqualTo("com.shop.Shop.Subject");
    });
    assertThat(entities.get(1).tableConstant()).isInstanceOfSatisfying(SqlText.Concat.class, concat -> {
      assertThat(concat.parts().get(0)).isInstanceOfSatisfying(SqlText.ConstantRef.class, ref ->
          assertThat(ref.owners()).containsExactly("com.shop.Shop.Order", "com.shop.Shop", "com.shop.db.Tables"));
      assertThat(concat.parts().get(1)).isEqualTo(new SqlText.Literal("order"));
    });
    assertThat(entities.get(2).tableConstant()).isInstanceOfSatisfying(SqlText.ConstantRef.class, ref ->
        assertThat(ref.owners()).first().isEqualTo("com.shop.db.Names"));
    assertThat(entities.get(3).tableConstant()).isNull();
    assertThat(entities.get(4).tableConstant()).isNull();
  }
}
