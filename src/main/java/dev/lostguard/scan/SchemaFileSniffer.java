package dev.lostguard.scan;

import dev.lostguard.openapi.OpenApiSpecs;
import dev.lostguard.spring.SpringConfigAnalyzer;
import dev.lostguard.sql.LiquibaseChangelogAnalyzer;
import dev.lostguard.xml.MapperFileAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Keeps an XML, YAML or JSON file in the scan only when its first bytes name a root that a front-end
 * reads (a Liquibase {@code databaseChangeLog}, a MyBatis {@code mapper}, an OpenAPI version key), or
 * when it is a Spring Boot {@code application.yml}. Trees hold thousands of such files (build settings,
 * fixtures, front-end assets): this look reads 2 KB of each, so the rest are never read whole, never
 * counted and never reported as too large or badly encoded.
 */
final class SchemaFileSniffer {

  /** Root names that some front-end reads, as they appear in a file's first bytes. */
  private static final List<String> READ_ROOTS = List.of(LiquibaseChangelogAnalyzer.ROOT, MapperFileAnalyzer.HEAD_MARK);

  private SchemaFileSniffer() {}

  static boolean worthReading(FileWalker.ScannedFile file) {
    String name = file.file().getFileName().toString();
    if (!LiquibaseChangelogAnalyzer.mayRead(name) || SpringConfigAnalyzer.named(name)) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file.file())) {
      byte[] head = in.readNBytes(Math.max(LiquibaseChangelogAnalyzer.SNIFF_BYTES, OpenApiSpecs.SNIFF_CHARS));
      // UTF-16 files would hide the name from this look; they are rare enough to miss.
      String text = new String(head, StandardCharsets.ISO_8859_1);
      String changelogHead = text.substring(0, Math.min(text.length(), LiquibaseChangelogAnalyzer.SNIFF_BYTES));
      return READ_ROOTS.stream().anyMatch(changelogHead::contains) || OpenApiSpecs.isSpec(text);
    } catch (IOException | RuntimeException e) {
      return true; // let the normal read report what is wrong with it
    }
  }
}
