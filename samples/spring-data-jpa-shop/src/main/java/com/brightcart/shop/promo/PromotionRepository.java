package com.brightcart.shop.promo;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromotionRepository extends JpaRepository<Promotion, Long> {

  Optional<Promotion> findByCode(String code);
}
