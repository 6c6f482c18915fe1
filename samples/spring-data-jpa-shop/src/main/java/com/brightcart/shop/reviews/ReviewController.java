package com.brightcart.shop.reviews;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moderators and authors both edit reviews; the last save wins because Review has no version. */
@RestController
@RequestMapping("/reviews")
class ReviewController {

  record ReviewForm(String text, int stars) {}

  private final ReviewRepository reviews;

  ReviewController(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @PutMapping("/{id}")
  // ruleid: write-endpoint-without-precondition
  ResponseEntity<Void> edit(@PathVariable long id, @RequestBody ReviewForm form) {
    Review review = reviews.findById(id).orElseThrow();
    review.setText(form.text());
    review.setStars(form.stars());
    reviews.save(review);
    return ResponseEntity.noContent().build();
  }
}
