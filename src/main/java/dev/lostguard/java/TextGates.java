package dev.lostguard.java;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The Java front-end's cheap text gates, answered in one pass over a file ({@link TextNeedles}): most
 * files name no version, no conflict, no owner and no entity annotation, and a text search spares them
 * the walks of the tree that look for those. A gate only ever spares work: a file that passes one is
 * walked, and the walk decides.
 */
public final class TextGates {

  private static final List<TextNeedles.Needle> ENTITY_ANNOTATIONS = TextNeedles.Needle.exactly("@Entity", "@MappedSuperclass", "persistence.Entity", "persistence.MappedSuperclass");
  private static final List<TextNeedles.Needle> CRITERIA_SHAPES = TextNeedles.Needle.exactly("List<Criteria> oredCriteria", "abstract static class GeneratedCriteria", "static class Criterion");

  /** Which walks a file may need. */
  public record Mentions(
      boolean conflict, boolean locking, boolean persistence, boolean owner, boolean rowCreation, boolean entity,
      boolean criteriaShapes) {}

  private enum Gate { CONFLICT, LOCKING, PERSISTENCE, OWNER, ROW_CREATION, ENTITY, CRITERIA }

  private final TextNeedles needles;
  private final List<Gate> gateOf = new ArrayList<>();
  private final int criteriaShapes;

  TextGates(ConflictVocabulary vocabulary) {
    List<TextNeedles.Needle> all = new ArrayList<>();
    add(all, Gate.CONFLICT, vocabulary.mentions());
    add(all, Gate.CONFLICT, FreshnessChecks.MENTIONS);
    add(all, Gate.LOCKING, LockingSettings.MENTIONS);
    add(all, Gate.PERSISTENCE, PersistencePatterns.MENTIONS);
    add(all, Gate.OWNER, OwnerChecks.MENTIONS);
    add(all, Gate.ROW_CREATION, RowCreations.MENTIONS);
    add(all, Gate.ENTITY, ENTITY_ANNOTATIONS);
    add(all, Gate.ENTITY, EntityExtractor.OTHER_STYLES);
    add(all, Gate.CRITERIA, CRITERIA_SHAPES);
    criteriaShapes = CRITERIA_SHAPES.size();
    needles = TextNeedles.of(all);
  }

  private void add(List<TextNeedles.Needle> all, Gate gate, List<TextNeedles.Needle> words) {
    all.addAll(words);
    words.forEach(w -> gateOf.add(gate));
  }

  public Mentions of(String content) {
    BitSet found = needles.find(content);
    boolean[] gates = new boolean[Gate.values().length];
    int shapes = 0;
    for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
      gates[gateOf.get(i).ordinal()] = true;
      shapes += gateOf.get(i) == Gate.CRITERIA ? 1 : 0;
    }
    return new Mentions(gates[Gate.CONFLICT.ordinal()], gates[Gate.LOCKING.ordinal()],
        gates[Gate.PERSISTENCE.ordinal()], gates[Gate.OWNER.ordinal()], gates[Gate.ROW_CREATION.ordinal()],
        gates[Gate.ENTITY.ordinal()], shapes == criteriaShapes);
  }
}
