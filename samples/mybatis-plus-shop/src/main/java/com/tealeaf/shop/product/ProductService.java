package com.tealeaf.shop.product;

import cn.hutool.core.bean.BeanUtil;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Catalogue edits. OptimisticLockerInnerInterceptor is registered (MybatisPlusConfig), so updateById of
 * a Product with its version set checks and bumps the version; wrappers are on their own.
 */
@Service
public class ProductService extends ServiceImpl<ProductMapper, Product> {

  /** The edit form: the version the editor loaded goes back with the form; false means someone saved first. */
  public void edit(Long id, String name, BigDecimal price, Integer version) {
    Product product = new Product();
    product.setId(id);
    product.setName(name);
    product.setPrice(price);
    product.setVersion(version);
    // ok: update-without-version-check, rowcount-ignored
    if (!updateById(product)) {
      throw new ConflictException("product " + id + " was changed by someone else");
    }
  }

  /**
   * The quick-edit dialog: its form has no version, so the copy reaches updateById with a null version
   * and the interceptor adds no check.
   */
  public void quickEdit(ProductForm form) {
    Product product = BeanUtil.copyProperties(form, Product.class);
    // ruleid: update-without-version-check
    if (!updateById(product)) {
      throw new ConflictException("product " + form.getId() + " is gone");
    }
  }

  /** The price dialog: its form carries the version, which the copy hands on, so the save is guarded. */
  public void setPrice(PriceForm form) {
    Product product = BeanUtil.copyProperties(form, Product.class);
    // ok: update-without-version-check, rowcount-ignored
    if (!updateById(product)) {
      throw new ConflictException("product " + form.getId() + " was changed by someone else");
    }
  }

  /**
   * The quick-edit dialog again, copied onto the product as it is now: the version compared is the one
   * just loaded, never the one the editor saw, so a stale dialog still wins.
   */
  public void quickEditLoaded(ProductForm form) {
    Product product = getById(form.getId());
    BeanUtil.copyProperties(form, product);
    // ruleid: update-without-version-check
    if (!updateById(product)) {
      throw new ConflictException("product " + form.getId() + " is gone");
    }
  }

  /** The price dialog copied onto the loaded product: its form's version replaces the loaded one. */
  public void setPriceLoaded(PriceForm form) {
    Product product = getById(form.getId());
    BeanUtil.copyProperties(form, product);
    // ok: update-without-version-check, rowcount-ignored
    if (!updateById(product)) {
      throw new ConflictException("product " + form.getId() + " was changed by someone else");
    }
  }

  /** The description editor: guarded by the interceptor, but a lost race is reported as saved. */
  public void describe(Long id, String description, Integer version) {
    Product product = getById(id);
    product.setDescription(description);
    product.setVersion(version);
    // ruleid: rowcount-ignored
    updateById(product);
  }

  /** The price list import: a wrapper update, which the interceptor leaves alone. */
  public void reprice(Long id, BigDecimal price) {
    // ruleid: update-without-version-check
    lambdaUpdate().set(Product::getPrice, price).eq(Product::getId, id).update();
  }

  /** Renaming with the version compared in the wrapper itself, and bumped. */
  public boolean rename(Long id, String name, Integer version) {
    UpdateWrapper<Product> wrapper = new UpdateWrapper<>();
    wrapper.set("name", name).setSql("version = version + 1").eq("id", id).eq("version", version);
    // ok: update-without-version-check, rowcount-ignored
    return baseMapper.update(null, wrapper) == 1;
  }

  /**
   * The stock count entered after a stocktake, saved through a wrapper with the loaded product: the
   * interceptor adds the product's version to the wrapper as it does for updateById, but a lost race
   * is reported as saved.
   */
  public void recount(Long id, Integer counted) {
    Product product = getById(id);
    product.setStock(counted);
    // ruleid: rowcount-ignored
    update(product, new LambdaUpdateWrapper<Product>().eq(Product::getId, id));
  }

  /** Restocking adds to the current count: no version needed. */
  public boolean restock(Long id) {
    // ok: update-without-version-check
    return lambdaUpdate().setSql("stock = stock + 10").eq(Product::getId, id).update();
  }

  /** Bulk edit from the admin grid: each row is guarded, but failed rows go unnoticed. */
  public void saveGrid(List<Product> rows) {
    // ruleid: rowcount-ignored
    updateBatchById(rows);
  }

  /** Delisting deletes by id: the interceptor never versions deletes. */
  public void delist(Long id) {
    // ruleid: delete-without-version-check
    removeById(id);
  }

  /** The wrapper comes from a helper method: lostguard does not follow it yet (counted as no write). */
  public void retag(Long id, String description) {
    // todoruleid: update-without-version-check
    update(descriptionOf(id, description));
  }

  private UpdateWrapper<Product> descriptionOf(Long id, String description) {
    return new UpdateWrapper<Product>().set("description", description).eq("id", id);
  }
}
