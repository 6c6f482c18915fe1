package dev.lostguard.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.model.AnalysisSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule catalog and the framework models, loaded from the {@code rules/} data that the jar
 * carries. Every registered id must have its entry and page; a missing or malformed one is a bug in
 * the build, so it fails loudly.
 */
public final class RuleCatalog {

  private static final String ROOT = "/rules/";

  private final Map<String, RuleMetadata> entries;
  private final SqlColumns sqlColumns;
  private final SourceFolders sourceFolders;

  private RuleCatalog(Map<String, RuleMetadata> entries, SqlColumns sqlColumns, SourceFolders sourceFolders) {
    this.entries = entries;
    this.sqlColumns = sqlColumns;
    this.sourceFolders = sourceFolders;
  }

  /** Loads the catalog shipped with lostguard. */
  public static RuleCatalog builtIn() {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Map<String, RuleMetadata> entries = new LinkedHashMap<>();
    for (String id : Rules.ids()) {
      RuleMetadata metadata = read(mapper, id + ".json", RuleMetadata.class);
      if (!metadata.id().equals(id)) {
        throw new IllegalStateException("rules/" + id + ".json declares id " + metadata.id());
      }
      metadata.defaultSeverity();
      metadata.defaultConfidence();
      entries.put(id, metadata);
    }
    return new RuleCatalog(
        entries,
        read(mapper, "models/sql-columns.json", SqlColumns.class),
        read(mapper, "models/source-roles.json", SourceFolders.class));
  }

  public RuleMetadata entry(String id) {
    RuleMetadata metadata = entries.get(id);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown rule " + id);
    }
    return metadata;
  }

  public Optional<RuleMetadata> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Entries in id order. */
  public List<RuleMetadata> entries() {
    return List.copyOf(entries.values());
  }

  /** The rule's long explanation, {@code rules/<id>.md}. */
  public String page(String id) {
    entry(id);
    return text(id + ".md");
  }

  /** The analysis vocabularies, with extra version column names from the user. */
  public AnalysisSettings settings(List<String> extraVersionColumns, boolean includeTests) {
    return settings(extraVersionColumns, includeTests, false);
  }

  /** The analysis vocabularies, with extra version column names and the choices of the scan's options. */
  public AnalysisSettings settings(List<String> extraVersionColumns, boolean includeTests, boolean includeUnreached) {
    Set<String> versionColumns = lowerCase(sqlColumns.versionColumns());
    Set<String> declared = extraVersionColumns.stream().map(name -> name.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    versionColumns.addAll(declared);
    return new AnalysisSettings(
        Set.copyOf(versionColumns),
        declared,
        Set.copyOf(lowerCase(sqlColumns.bookkeepingColumns())),
        Set.copyOf(lowerCase(sqlColumns.leaseColumns())),
        Set.copyOf(lowerCase(sqlColumns.timestampColumns())),
        Set.copyOf(lowerCase(sqlColumns.softDeleteColumns())),
        Set.copyOf(lowerCase(sqlColumns.softDeleteStatusColumns())),
        sqlColumns.softDeleteValues().stream()
            .map(v -> v.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()),
        includeTests,
        includeUnreached);
  }

  /** Folders whose files are migrations ({@code db/migration}, {@code flyway}, ...). */
  public List<String> migrationFolders() {
    return sourceFolders.migrationFolders();
  }

  /** Folders whose files are tests ({@code src/test}, {@code src/it}). */
  public List<String> testFolders() {
    return sourceFolders.testFolders();
  }

  private static Set<String> lowerCase(List<String> names) {
    return names.stream()
        .map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static <T> T read(ObjectMapper mapper, String name, Class<T> type) {
    try {
      return mapper.readValue(text(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException("malformed rules/" + name + ": " + e.getMessage(), e);
    }
  }

  private static String text(String name) {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("rules/" + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shape of {@code rules/models/sql-columns.json}. */
  record SqlColumns(
      String description,
      List<String> versionColumns,
      List<String> bookkeepingColumns,
      List<String> leaseColumns,
      List<String> timestampColumns,
      List<String> softDeleteColumns,
      List<String> softDeleteStatusColumns,
      List<String> softDeleteValues) {}

  /** The shape of {@code rules/models/source-roles.json}. */
  record SourceFolders(String description, List<String> migrationFolders, List<String> testFolders) {}
}
