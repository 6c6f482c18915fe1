package dev.lostguard.rules;

import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.VersionRead;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JDBC half of {@code client-version-dropped}: a method that selects a version itself ({@code
 * SELECT version FROM t WHERE id = ?}) and then runs a version-checked write ({@code ... AND version
 * = ?}). The predicate compares the row with the version just read, not with the client's copy.
 */
final class ServerReadVersions {

  /** The first version read of each method, by line. */
  private final Map<MethodRef, VersionRead> reads = new HashMap<>();
  private final ProjectModel model;

  ServerReadVersions(ProjectModel model) {
    this.model = model;
    for (VersionRead read : model.patterns(VersionRead.class)) {
      reads.merge(read.method(), read, (a, b) -> a.location().compareTo(b.location()) <= 0 ? a : b);
    }
  }

  boolean isEmpty() {
    return reads.isEmpty();
  }

  /** The version-checked write that {@code method} feeds with a version it read itself, if any. */
  Optional<SiteFacts> writeAfterRead(MethodRef method) {
    VersionRead read = reads.get(method);
    if (read == null) {
      return Optional.empty();
    }
    return model.sites().stream()
        .filter(s -> method.equals(s.site().method()) && s.checksVersion())
        .filter(s -> s.site().location().startLine() > read.location().startLine())
        .findFirst();
  }

  VersionRead read(MethodRef method) {
    return reads.get(method);
  }
}
