package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.javaparser.ast.CompilationUnit;
import dev.lostguard.java.EntityExtractor;
import dev.lostguard.java.ImportScope;
import dev.lostguard.java.JavaParsing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityCatalogTest {

  private static final String BASE = """
      package com.shop.common;

      import jakarta.persistence.*;

      @MappedSuperclass
      public abstract class BaseEntity {
        @Id protected Long id;
        @Version protected long version;
        @Column(name = "created") protected java.time.Instant createdAt;
      }
      """;

  private static final String RULE = """
      package com.shop.pricing;

      import com.shop.common.BaseEntity;
      import jakarta.persistence.*;

      @Entity
      public class PricingRule extends BaseEntity {
        private String name;
        @Column(name = "created_on") java.time.Instant createdAt;
      }
      """;

  private static final String MAPPING = """
      package com.shop.web;

      import jakarta.persistence.*;

      @Entity(name = "Mapping")
      class URLMapping { @Id Long id; String target; }

      @Entity
      @Table(name = "legacy_orders")
      class Order { @Id Long id; }
      """;

  private static List<EntityFacts> facts(String path, String source) {
    CompilationUnit unit = JavaParsing.parse(JavaParsing.newParser(), source).unit().orElseThrow();
    return EntityExtractor.extract(unit, path, ImportScope.of(unit));
  }

  private static List<EntityFacts> all() {
    List<EntityFacts> all = new ArrayList<>();
    all.addAll(facts("common/BaseEntity.java", BASE));
    all.addAll(facts("pricing/PricingRule.java", RULE));
    all.addAll(facts("web/Mappings.java", MAPPING));
    return all;
  }

  @Test
  void inheritsVersionAndColumnsFromMappedSuperclassInAnotherPackage() {
    ResolvedEntity rule = EntityCatalog.of(all()).byEntityName("PricingRule").orElseThrow();
    assertThat(rule.version()).isNotNull();
    assertThat(rule.version().column()).isEqualTo("version");
    assertThat(rule.version().annotation().path()).isEqualTo("common/BaseEntity.java");
    assertThat(rule.locking()).isEqualTo(LockingMode.VERSION);
    assertThat(rule.columns())
        .containsExactly(
            entry("id", "id"), entry("version", "version"), entry("createdAt", "created_on"), entry("name", "name"));
    assertThat(rule.path()).isEqualTo("pricing/PricingRule.java");
  }

  @Test
  void namesTablesInSnakeCaseOfTheEntityNameUnlessTableIsExplicit() {
    EntityCatalog catalog = EntityCatalog.of(all());
    assertThat(catalog.byTable("pricing_rule"))
        .map(ResolvedEntity::qualifiedName)
        .hasValue("com.shop.pricing.PricingRule");
    assertThat(catalog.byTable("mapping")).map(ResolvedEntity::entityName).hasValue("Mapping");
    assertThat(catalog.byTable("legacy_orders")).map(ResolvedEntity::qualifiedName).hasValue("com.shop.web.Order");
    assertThat(catalog.byTable("order")).isEmpty();
  }

  @Test
  void defaultsUnnamedUrlMappingToUrlMappingTable() {
    List<EntityFacts> facts = facts("M.java", """
        import javax.persistence.Entity;
        @Entity class URLMapping {}
        """);
    assertThat(EntityCatalog.of(facts).byTable("url_mapping")).isPresent();
    assertThat(PhysicalNaming.snakeCase("PricingRule")).isEqualTo("pricing_rule");
    assertThat(PhysicalNaming.snakeCase("lastModifiedDate")).isEqualTo("last_modified_date");
    assertThat(PhysicalNaming.snakeCase("address1Line")).isEqualTo("address1_line");
    assertThat(PhysicalNaming.explicitName("`App`.\"Orders\"")).isEqualTo("orders");
  }

  @Test
  void findsEntitiesByJpqlNameThenByClassName() {
    EntityCatalog catalog = EntityCatalog.of(all());
    assertThat(catalog.byEntityName("Mapping")).map(ResolvedEntity::qualifiedName).hasValue("com.shop.web.URLMapping");
    assertThat(catalog.byEntityName("URLMapping"))
        .map(ResolvedEntity::qualifiedName)
        .hasValue("com.shop.web.URLMapping");
    assertThat(catalog.byEntityName("com.shop.web.Order")).isPresent();
    assertThat(catalog.byEntityName("mapping")).isEmpty();
    assertThat(catalog.byEntityName("BaseEntity")).isEmpty();
  }

  @Test
  void listsEntitiesWithoutMappedSuperclassesSortedByQualifiedName() {
    assertThat(EntityCatalog.of(all()).entities())
        .extracting(ResolvedEntity::qualifiedName)
        .containsExactly("com.shop.pricing.PricingRule", "com.shop.web.Order", "com.shop.web.URLMapping");
  }

  @Test
  void givesTheSameCatalogForAnyInputOrder() {
    List<ResolvedEntity> expected = EntityCatalog.of(all()).entities();
    List<EntityFacts> shuffled = new ArrayList<>(all());
    Collections.reverse(shuffled);
    assertThat(EntityCatalog.of(shuffled).entities()).isEqualTo(expected);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(EntityCatalog.of(shuffled).entities()).isEqualTo(expected);
  }

  @Test
  void keepsTheFirstDeclarationByPathWhenAClassIsDeclaredTwice() {
    List<EntityFacts> facts = new ArrayList<>(facts("src/test/java/Dup.java", """
        package d;
        @jakarta.persistence.Entity class Dup { long stale; }
        """));
    facts.addAll(facts("src/main/java/Dup.java", """
        package d;
        @jakarta.persistence.Entity class Dup { long fresh; }
        """));
    assertThat(EntityCatalog.of(facts).entities()).singleElement().satisfies(dup -> {
      assertThat(dup.path()).isEqualTo("src/main/java/Dup.java");
      assertThat(dup.columns()).containsOnlyKeys("fresh");
    });
  }

  @Test
  void singleTableChildSharesItsEntityParentsTableAndVersionlessLocking() {
    List<EntityFacts> facts = facts("Payments.java", """
        package com.pay;
        import jakarta.persistence.*;
        import org.hibernate.annotations.*;

        @Entity
        @OptimisticLocking(type = OptimisticLockType.ALL)
        class Payment { @Id Long id; @OptimisticLock(excluded = true) java.time.Instant seenAt; }

        @Entity
        class CardPayment extends Payment { String last4; }

        @Entity
        @Table(name = "wire_payments")
        class WirePayment extends Payment { String iban; }
        """);
    EntityCatalog catalog = EntityCatalog.of(facts);
    ResolvedEntity card = catalog.byEntityName("CardPayment").orElseThrow();
    assertThat(card.table()).isEqualTo("payment");
    assertThat(card.locking()).isEqualTo(LockingMode.VERSIONLESS);
    assertThat(card.bookkeepingColumns()).containsExactly("seen_at");
    assertThat(card.columns()).containsOnlyKeys("id", "seenAt", "last4");
    assertThat(catalog.byEntityName("WirePayment").orElseThrow().table()).isEqualTo("wire_payments");
    assertThat(catalog.byTable("payment")).map(ResolvedEntity::entityName).hasValue("Payment");
  }

  @Test
  void toleratesInheritanceCyclesAndParentsOutsideTheProject() {
    List<EntityFacts> facts = facts("Cycle.java", """
        package c;
        import jakarta.persistence.*;
        @Entity class A extends B {}
        @Entity class B extends A {}
        @Entity class C extends org.lib.Unknown { @Version int version; }
        """);
    EntityCatalog catalog = EntityCatalog.of(facts);
    assertThat(catalog.entities()).hasSize(3);
    assertThat(catalog.byEntityName("C").orElseThrow().versioned()).isTrue();
  }
}
