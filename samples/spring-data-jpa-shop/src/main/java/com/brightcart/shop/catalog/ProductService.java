package com.brightcart.shop.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {

  private final ProductRepository products;

  @PersistenceContext
  private EntityManager entityManager;

  public ProductService(ProductRepository products) {
    this.products = products;
  }

  @Transactional
  public void updateDetails(long id, String name, BigDecimal price, long version) {
    if (products.updateDetails(id, name, price, version) == 0) {
      throw new ObjectOptimisticLockingFailureException(Product.class, id);
    }
  }

  @Transactional
  public void changePrice(long id, BigDecimal price, long version) {
    products.changePrice(id, price, version);
  }

  @Transactional
  public Product view(long id) {
    products.recordView(id);
    return products.findById(id).orElseThrow();
  }

  @Transactional
  public void rename(long id, String name) {
    products.rename(id, name);
  }

  /** The category admin: withdraw, merge, reprice. */
  @Transactional
  public void withdrawCategory(String category) {
    products.hideCategory(category);
  }

  @Transactional
  public void mergeCategories(String source, String target) {
    products.moveCategory(source, target);
  }

  @Transactional
  public void repriceCategory(String category, BigDecimal factor) {
    products.scalePrices(category, factor);
  }

  /** Checkout reserves stock atomically: the decrement only applies while enough is left. */
  @Transactional
  public boolean reserve(long productId, int quantity) {
    // ok: update-without-version-check
    int reserved = entityManager.createQuery(
            "UPDATE Product p SET p.stock = p.stock - :qty WHERE p.id = :id AND p.stock >= :qty")
        .setParameter("qty", quantity)
        .setParameter("id", productId)
        .executeUpdate();
    return reserved == 1;
  }
}
