package com.brightcart.shop.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

  List<Product> findByCategoryAndActiveTrueOrderByName(String category);

  // Counting page views bumps the version too: a shopper who only looks at a product makes the
  // merchandiser's open edit form stale.
  // ruleid: version-bumped-on-read
  @Query("UPDATE Product p SET p.viewCount = p.viewCount + 1, p.version = p.version + 1 WHERE p.id = :id")
  @Modifying
  int recordView(@Param("id") Long id);

  // Inline rename from the catalog grid: a JPQL update skips @Version, and this one has no check of its own.
  @Modifying
  // ruleid: update-without-version-check
  @Query("UPDATE Product p SET p.name = :name WHERE p.id = :id")
  int rename(@Param("id") Long id, @Param("name") String name);

  // Price edit from the product page: guarded, but a void method drops the row count,
  // so a stale form "succeeds" without changing anything.
  // ruleid: rowcount-ignored
  @Query("UPDATE Product p SET p.price = :price, p.version = p.version + 1"
      + " WHERE p.id = :id AND p.version = :version")
  @Modifying
  void changePrice(@Param("id") Long id, @Param("price") BigDecimal price, @Param("version") Long version);

  // The full edit form: guarded, and the service turns 0 rows into an optimistic-locking failure.
  // ok: rowcount-ignored, update-without-version-check, version-bumped-on-read
  @Query("UPDATE Product p SET p.name = :name, p.price = :price, p.version = p.version + 1"
      + " WHERE p.id = :id AND p.version = :version")
  @Modifying
  int updateDetails(
      @Param("id") Long id,
      @Param("name") String name,
      @Param("price") BigDecimal price,
      @Param("version") Long version);

  // Withdrawing a category hides every product in it, neither checking nor bumping versions:
  // an edit form opened before the withdrawal saves the product and it is live again.
  @Modifying
  // ruleid: bulk-update-bypasses-version
  @Query("UPDATE Product p SET p.active = false WHERE p.category = :category")
  int hideCategory(@Param("category") String category);

  // Merging two categories bumps every moved product's version, so open edit forms get a conflict.
  // ok: bulk-update-bypasses-version
  @Query("UPDATE Product p SET p.category = :target, p.version = p.version + 1 WHERE p.category = :source")
  @Modifying
  int moveCategory(@Param("source") String source, @Param("target") String target);

  // A category-wide price change is relative to each row's current price.
  // ok: bulk-update-bypasses-version
  @Query("UPDATE Product p SET p.price = p.price * :factor WHERE p.category = :category")
  @Modifying
  int scalePrices(@Param("category") String category, @Param("factor") BigDecimal factor);
}
