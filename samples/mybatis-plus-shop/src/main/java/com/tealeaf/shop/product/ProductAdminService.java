package com.tealeaf.shop.product;

import org.springframework.stereotype.Service;

/** The back office writes through the mapper directly. */
@Service
public class ProductAdminService {

  private final ProductMapper productMapper;

  public ProductAdminService(ProductMapper productMapper) {
    this.productMapper = productMapper;
  }

  public void correctStock(Product form) {
    // ok: update-without-version-check, rowcount-ignored
    int rows = productMapper.updateById(form);
    if (rows == 0) {
      throw new ConflictException("product " + form.getId() + " was changed by someone else");
    }
  }
}
