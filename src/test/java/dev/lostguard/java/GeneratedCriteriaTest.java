package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedCriteriaTest {

  private static final TextGates GATES = new TextGates(ConflictVocabulary.builtIn());

  private static final String CRITERIA =
      """
      public class OrderExample {
          protected List<Criteria> oredCriteria;
          protected abstract static class GeneratedCriteria { }
          public static class Criteria extends GeneratedCriteria { }
          public static class Criterion { }
      }
      """;

  @Test
  void recognisesTheGeneratorsCriteriaClassByItsThreeNestedShapes() {
    assertThat(GeneratedCriteria.isCriteriaClass(GATES.of(CRITERIA))).isTrue();
    assertThat(GeneratedCriteria.isCriteriaClass(GATES.of(CRITERIA.replace("static class Criterion", "static class Term"))))
        .isFalse();
    assertThat(GeneratedCriteria.isCriteriaClass(GATES.of(CRITERIA.replace("oredCriteria", "criteria")))).isFalse();
  }

  @Test
  void aCriteriaShapedSourceThatMayDeclareAnEntityIsParsedAfterAll() {
    assertThat(GeneratedCriteria.isCriteriaClass(GATES.of("@Entity\n" + CRITERIA))).isFalse();
  }
}
