package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.java.SqlSinks;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.VersionSource;
import dev.lostguard.rules.EntryPointModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

  private static final String PROFILE_TABLE =
      "CREATE TABLE profile (id BIGINT PRIMARY KEY, name TEXT, bio TEXT, version INT NOT NULL);\n";
  private static final String UNGUARDED = "UPDATE profile SET name = ?, bio = ? WHERE id = ?;\n";
  /** The save that checks profile's version: a version no write of the app names is unused. */
  private static final String GUARDED =
      "UPDATE profile SET bio = ?, version = version + 1 WHERE id = ? AND version = ?;\n";

  @TempDir Path project;

  private Path write(String name, String content) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private Report scan() {
    return new Scanner().scan(ScanRequest.ofDirectory(project));
  }

  private Report scan(ScanRequest request) {
    return new Scanner().scan(request);
  }

  private static List<String> findingPaths(Report report) {
    return report.findings().stream().map(f -> f.location().path()).toList();
  }

  @Test
  void skipsGitNodeModulesAndBuildOutputBesideABuildFile() throws IOException {
    write("db/schema.sql", PROFILE_TABLE);
    write("app/q.sql", UNGUARDED);
    write(".git/q.sql", UNGUARDED);
    write("node_modules/x/q.sql", UNGUARDED);
    write("svc/pom.xml", "<project/>");
    write("svc/target/classes/q.sql", UNGUARDED);
    write("svc/build/q.sql", UNGUARDED);
    write("docs/build/q.sql", UNGUARDED); // not beside a build file: scanned
    assertThat(findingPaths(scan())).containsExactly("app/q.sql", "docs/build/q.sql");
  }

  @Test
  void excludeGlobsSkipFilesAndFolders() throws IOException {
    write("db/schema.sql", PROFILE_TABLE);
    write("app/q.sql", UNGUARDED);
    write("generated/q.sql", UNGUARDED);
    write("legacy/old/q.sql", UNGUARDED);
    ScanRequest request =
        new ScanRequest(List.of(project), project, List.of("generated", "legacy/**"), 2, false, List.of());
    assertThat(findingPaths(scan(request))).containsExactly("app/q.sql");
  }

  @Test
  void neverFollowsSymlinksOutOfTheTreeOrIntoLoops(@TempDir Path outside) throws IOException {
    write("db/schema.sql", PROFILE_TABLE);
    write("app/q.sql", UNGUARDED);
    Files.writeString(outside.resolve("secret.sql"), UNGUARDED);
    Files.createSymbolicLink(project.resolve("app/escape.sql"), outside.resolve("secret.sql"));
    Files.createSymbolicLink(project.resolve("app/outside"), outside);
    Files.createSymbolicLink(project.resolve("app/loop"), project);
    assertThat(findingPaths(scan())).containsExactly("app/q.sql");
  }

  @Test
  void testSourcesFeedTheSchemaButReportNothingUnlessAsked() throws IOException {
    write("src/test/resources/schema.sql", PROFILE_TABLE + UNGUARDED);
    write("src/main/resources/q.sql", UNGUARDED + GUARDED);
    Report report = scan();
    assertThat(findingPaths(report)).containsExactly("src/main/resources/q.sql");
    assertThat(report.findings().get(0).ruleId()).isEqualTo("update-without-version-check");

    ScanRequest withTests = new ScanRequest(List.of(project), project, List.of(), 2, true, List.of());
    assertThat(findingPaths(scan(withTests)))
        .containsExactly("src/main/resources/q.sql", "src/test/resources/schema.sql");
  }

  @Test
  void migrationsFeedSchemaAndInventoryButNeverFindings() throws IOException {
    write("src/main/resources/db/migration/V1__init.sql", PROFILE_TABLE);
    write("src/main/resources/db/migration/V2__fix.sql", UNGUARDED);
    write("flyway/V3__more.sql", UNGUARDED);
    write("app/q.sql", UNGUARDED + GUARDED);
    Report report = scan();
    assertThat(findingPaths(report)).containsExactly("app/q.sql");
    assertThat(report.tables())
        .containsExactly(new TableSummary("profile", "version", VersionSource.DDL, 4, 1));
  }

  @Test
  void migrationOrderDecidesTheSchema() throws IOException {
    write("db/migration/V10__drop_version.sql", "ALTER TABLE profile DROP COLUMN version;\n");
    write("db/migration/V2__create.sql", PROFILE_TABLE);
    write("app/q.sql", UNGUARDED);
    Report report = scan();
    assertThat(report.tables().get(0).versionSource()).isEqualTo(VersionSource.NONE);
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("unversioned-table-update");
  }

  @Test
  void unparsableStatementIsALocatedErrorAndTheRestStillReports() throws IOException {
    write("app/q.sql", PROFILE_TABLE + "UPDATE profile SET name = WHERE id = ?;\n" + UNGUARDED);
    Report report = scan();
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_SQL);
              assertThat(e.path()).isEqualTo("app/q.sql");
              assertThat(e.line()).isEqualTo(2);
            });
    assertThat(report.findings()).extracting(f -> f.location().startLine()).containsExactly(3);
    assertThat(report.summary().statementsUnparsed()).isEqualTo(1);
    assertThat(report.summary().statements()).isEqualTo(3);
  }

  @Test
  void binaryFileIsSkippedWithAnErrorAndTheScanGoesOn() throws IOException {
    write("app/q.sql", PROFILE_TABLE + UNGUARDED);
    Files.write(project.resolve("app/blob.sql"), new byte[] {0x55, 0x50, 0x00, 0x01, (byte) 0xFF, 0x00});
    Report report = scan();
    assertThat(report.errors()).extracting(ProcessingError::path, ProcessingError::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("app/blob.sql", ErrorKind.ENCODING));
    assertThat(report.summary().filesSkipped()).isEqualTo(1);
    assertThat(report.summary().files()).isEqualTo(1);
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void hugeFileIsSkippedWithASizeError() throws IOException {
    write("app/q.sql", PROFILE_TABLE + UNGUARDED);
    Path huge = project.resolve("app/dump.sql");
    byte[] line = "INSERT INTO t VALUES (1);\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(huge)) {
      for (long written = 0; written <= SourceText.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    Report report = scan();
    assertThat(report.errors()).extracting(ProcessingError::kind).containsExactly(ErrorKind.SIZE);
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void latin1FileIsReadWithAWarning() throws IOException {
    write("db/schema.sql", PROFILE_TABLE);
    Files.write(
        project.resolve("app.sql"),
        ("-- r\u00e9sum\u00e9\nUPDATE profile SET name = 'Andr\u00e9', bio = ? WHERE id = 1;\n" + GUARDED)
            .getBytes(StandardCharsets.ISO_8859_1));
    Report report = scan();
    assertThat(report.errors()).extracting(ProcessingError::kind).containsExactly(ErrorKind.ENCODING);
    assertThat(report.findings()).extracting(Finding::snippet).containsExactly("UPDATE profile SET name = 'Andr\u00e9', bio = ? WHERE id = 1;");
  }

  @Test
  void reportsTheSameForAnyThreadCount() throws IOException {
    write("db/schema.sql", PROFILE_TABLE);
    for (int i = 0; i < 60; i++) {
      write("app/q" + i + ".sql", UNGUARDED + (i % 7 == 0 ? "UPDATE profile SET = 1;\n" : ""));
    }
    Report one = scan(new ScanRequest(List.of(project), project, List.of(), 1, false, List.of()));
    Report eight = scan(new ScanRequest(List.of(project), project, List.of(), 8, false, List.of()));
    assertThat(eight).isEqualTo(one);
    assertThat(one.findings()).hasSize(60);
    assertThat(one.errors()).hasSize(9);
  }

  @Test
  void testSourcesAreParsedOnlyForTheirEntitiesUnlessTestsAreIncluded() throws IOException {
    write("src/main/java/shop/ProfileDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class ProfileDao {
          JdbcTemplate jdbc;
          void rename(long id, String name) { jdbc.update("UPDATE profile SET name = ? WHERE id = ?", name, id); }
        }
        """);
    write("src/test/java/shop/ProfileDaoTest.java", "package shop;\nclass ProfileDaoTest { void broken( {\n}\n");
    write("src/test/java/shop/TestProfile.java", """
        package shop;
        import jakarta.persistence.*;
        @Entity @Table(name = "profile")
        class TestProfile { @Id Long id; String name; @Version int version; }
        """);

    Report defaults = scan();
    Report withTests =
        scan(new ScanRequest(List.of(project), project, List.of(), 2, true, List.of()));

    assertThat(defaults.summary().testSourcesNotParsed()).isEqualTo(1);
    assertThat(defaults.errors()).isEmpty();
    assertThat(defaults.tables()).filteredOn(t -> t.name().equals("profile"))
        .singleElement().satisfies(t -> assertThat(t.versionSource()).isEqualTo(VersionSource.ENTITY));
    assertThat(defaults.findings()).extracting(Finding::ruleId).containsExactly("update-without-version-check");
    assertThat(withTests.summary().testSourcesNotParsed()).isZero();
    assertThat(withTests.errors()).extracting(ProcessingError::path)
        .containsExactly("src/test/java/shop/ProfileDaoTest.java");
  }

  @Test
  void generatedCriteriaClassesAreReadButNotParsed() throws IOException {
    // The trailing garbage proves the criteria class is not parsed: parsing it would list an error.
    write("src/main/java/shop/OrderExample.java", """
        package shop;
        public class OrderExample {
          protected List<Criteria> oredCriteria;
          protected abstract static class GeneratedCriteria { }
          public static class Criteria extends GeneratedCriteria { }
          public static class Criterion { }
        } }}
        """);
    write("src/main/java/shop/OrderQuery.java", """
        package shop;
        class OrderQuery { java.util.List<Object> oredCriteria; void broken( { }
        """);

    Report report = scan();

    assertThat(report.summary().generatedCriteriaNotParsed()).isEqualTo(1);
    assertThat(report.summary().files()).isEqualTo(2);
    assertThat(report.errors()).extracting(ProcessingError::path).containsExactly("src/main/java/shop/OrderQuery.java");
  }

  @Test
  void anUnversionedTableUpdateSaysWhoCanRaceOnIt() throws IOException {
    write("db/migration/V1__notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT, tag TEXT, colour TEXT);\n");
    write("src/main/java/shop/NoteDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class NoteDao {
          JdbcTemplate jdbc;
          void edit(long id, String body, String tag) {
            jdbc.update("UPDATE notes SET body = ?, tag = ? WHERE id = ?", body, tag, id);
          }
          void retag(long id, String tag) { jdbc.update("UPDATE notes SET tag = ? WHERE id = ?", tag, id); }
          void restore(long id, String body, String tag) {
            jdbc.update("UPDATE notes SET body = ?, tag = ? WHERE id = ?", body, tag, id);
          }
        }
        """);
    write("src/main/java/shop/NoteController.java", """
        package shop;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class NoteController {
          NoteDao notes;
          @PutMapping("/notes/{id}") void edit(@PathVariable long id, @RequestBody Note note) {
            notes.edit(id, note.body(), note.tag());
          }
        }
        """);
    write("src/main/java/shop/Retagger.java", """
        package shop;
        import org.springframework.scheduling.annotation.Scheduled;
        class Retagger {
          NoteDao notes;
          @Scheduled(cron = "0 0 * * * *") void run(Note saved) {
            notes.retag(saved.id(), "old");
            notes.restore(saved.id(), saved.body(), saved.tag());
          }
        }
        """);

    write("src/main/java/shop/NoteImport.java", """
        package shop;
        import org.springframework.kafka.annotation.KafkaListener;
        class NoteImport {
          NoteDao notes;
          @KafkaListener(topics = "notes") void on(Note note) { notes.edit(note.id(), note.body(), note.tag()); }
        }
        """);

    List<String> messages = unversionedUpdateMessages();

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).contains("when two users, or a job and a user, save the same record");
    assertThat(messages.get(1)).contains("when this job and a user save the same record");
  }

  @Test
  void anUnreachedUpdateOfColumnsNoPersonWritesIsNotReported() throws IOException {
    write("db/migration/V1__devices.sql",
        "CREATE TABLE devices (id BIGINT PRIMARY KEY, label TEXT, firmware TEXT, status TEXT);\n");
    write("src/main/java/iot/DeviceDao.java", """
        package iot;
        import org.springframework.jdbc.core.JdbcTemplate;
        class DeviceDao {
          JdbcTemplate jdbc;
          void rename(long id, String label) { jdbc.update("UPDATE devices SET label = ? WHERE id = ?", label, id); }
          void reported(long id, String firmware, String status) {
            jdbc.update("UPDATE devices SET firmware = ?, status = ? WHERE id = ?", firmware, status, id);
          }
          void relabel(long id, String label) { jdbc.update("UPDATE devices SET label = ? WHERE id = ?", label, id); }
          void retire(long id) { jdbc.update("UPDATE devices SET status = 'RETIRED' WHERE id = ?", id); }
        }
        """);
    deviceController("  @PostMapping(\"/devices/{id}/retire\") void retire(@PathVariable long id) { devices.retire(id); }");
    write("src/main/java/iot/DeviceSocket.java", """
        package iot;
        class DeviceSocket {
          DeviceDao devices;
          void onMessage(long id, String firmware, String status) { devices.reported(id, firmware, status); }
          void onRelabel(long id, String label) { devices.relabel(id, label); }
        }
        """);

    Report defaults = scan();
    assertThat(defaults.findings()).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("sets label").contains("when two users save"));
    assertThat(defaults.summary().writesWithoutEntryPoint())
        .as("relabel: no entry point reaches it, while entry points reach rename and retire").isEqualTo(1);

    // Asked for, the write no entry point reaches is reported too, as a second writer of what people write.
    Report all = scan(new ScanRequest(List.of(project), project, List.of(), 2, false, List.of(), List.of(), List.of(),
        true, SqlSinks.none(), EntryPointModels.none(), RuleOverrides.NONE, ChangeScope.ALL, true));
    List<String> messages = all.findings().stream().filter(f -> f.ruleId().equals("unversioned-table-update"))
        .map(Finding::message).toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).contains("sets label").contains("when two users save");
    assertThat(messages.get(1)).contains("sets label").contains("when two writers save");
    assertThat(all.summary().writesWithoutEntryPoint()).isZero();
  }

  @Test
  void aSuppressionOfAWriteNoEntryPointReachesStillSuppressesSomething() throws IOException {
    write("db/migration/V1__devices.sql", "CREATE TABLE devices (id BIGINT PRIMARY KEY, label TEXT, note TEXT);\n");
    write("src/main/java/iot/DeviceDao.java", """
        package iot;
        import org.springframework.jdbc.core.JdbcTemplate;
        class DeviceDao {
          JdbcTemplate jdbc;
          void rename(long id, String label) { jdbc.update("UPDATE devices SET label = ?, note = ? WHERE id = ?", label, label, id); }
          void relabel(long id, String label) {
            // lostguard:ignore unversioned-table-update the socket relabels only devices it provisioned
            jdbc.update("UPDATE devices SET label = ?, note = ? WHERE id = ?", label, "", id);
          }
        }
        """);
    deviceController("");

    Report report = scan();
    assertThat(report.summary().writesWithoutEntryPoint()).isEqualTo(1);
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsOnlyOnce("unversioned-table-update").doesNotContain("ineffective-suppression");
  }

  @Test
  void withoutEntryPointsEveryUnreachedUpdateIsStillReported() throws IOException {
    write("db/migration/V1__notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT);\n");
    write("src/main/java/shop/NoteDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class NoteDao {
          JdbcTemplate jdbc;
          void edit(long id, String body) { jdbc.update("UPDATE notes SET body = ? WHERE id = ?", body, id); }
        }
        """);

    assertThat(unversionedUpdateMessages())
        .singleElement()
        .asString()
        .contains("when two writers save the same record");
  }

  @Test
  void aPutThatOnlyAddsAndRemovesLinksItNamesSendsADeltaAndNeedsNoPrecondition() throws IOException {
    write("db/migration/V1__tags.sql",
        "CREATE TABLE note_tag (note_id BIGINT, tag_id BIGINT, PRIMARY KEY (note_id, tag_id));\n");
    write("src/main/java/shop/TagDao.java", """
        package shop;
        import java.util.List;
        import java.util.Map;
        import org.springframework.jdbc.core.JdbcTemplate;
        class TagDao {
          JdbcTemplate jdbc;
          void unlink(long note, long tag) { jdbc.update("DELETE FROM note_tag WHERE note_id = ? AND tag_id = ?", note, tag); }
          void link(long note, long tag) { jdbc.update("INSERT INTO note_tag (note_id, tag_id) VALUES (?, ?)", note, tag); }
          void clear(long note) { jdbc.update("DELETE FROM note_tag WHERE note_id = ?", note); }
          void unlinkAll(long note, List<Long> tags) {
            named.update("DELETE FROM note_tag WHERE note_id = :note AND tag_id IN (:tags)", Map.of("note", note, "tags", tags));
          }
          org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
        }
        """);
    write("src/main/java/shop/TagController.java", """
        package shop;
        import java.util.List;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class TagController {
          TagDao tags;
          record TagChange(List<Long> added, List<Long> removed) {}
          @PutMapping("/notes/{id}/tag-changes") void change(@PathVariable long id, @RequestBody TagChange change) {
            change.removed().forEach(tag -> tags.unlink(id, tag));
            change.added().forEach(tag -> tags.link(id, tag));
          }
          @PutMapping("/notes/{id}/tag-batch") void batch(@PathVariable long id, @RequestBody TagChange change) {
            tags.unlinkAll(id, change.removed());
            change.added().forEach(tag -> tags.link(id, tag));
          }
          @PutMapping("/notes/{id}/tags") void replace(@PathVariable long id, @RequestBody List<Long> all) {
            tags.clear(id);
            all.forEach(tag -> tags.link(id, tag));
          }
          @PatchMapping("/notes/{id}/tag-ids") void patch(@PathVariable long id, @RequestBody List<Long> removed) {
            tags.unlinkAll(id, removed);
          }
          // The full list the client read and edited: the server removes what it lacks.
          @PutMapping("/notes/{id}/tag-list") void sync(@PathVariable long id, @RequestBody List<Long> all) {
            List<Long> current = List.of(1L, 2L);
            tags.unlinkAll(id, current.stream().filter(tag -> !all.contains(tag)).toList());
            all.forEach(tag -> tags.link(id, tag));
          }
        }
        """);

    assertThat(scan().findings())
        .filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(')') + 1))
        .containsExactlyInAnyOrder("PUT /notes/{id}/tags (TagController.replace)",
            "PUT /notes/{id}/tag-list (TagController.sync)");
  }

  @Test
  void aBodyCarriesAVersionOnlyInAFieldNamedLikeAVersionColumn() throws IOException {
    write("db/migration/V1__docs.sql", "CREATE TABLE docs (id BIGINT PRIMARY KEY, title TEXT, body TEXT);\n");
    write("src/main/java/shop/DocDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class DocDao {
          JdbcTemplate jdbc;
          void edit(long id, String title, String body) {
            jdbc.update("UPDATE docs SET title = ?, body = ? WHERE id = ?", title, body, id);
          }
        }
        """);
    write("src/main/java/shop/DocForm.java", """
        package shop;
        class DocForm implements java.io.Serializable {
          private static final long serialVersionUID = 1L;
          String apiVersion;
          String title;
          String body;
        }
        """);
    write("src/main/java/shop/LockedDocForm.java", """
        package shop;
        class LockedDocForm { Long lockVersion; String title; String body; }
        """);
    write("src/main/java/shop/DocController.java", """
        package shop;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class DocController {
          DocDao docs;
          @PutMapping("/docs/{id}") void edit(@PathVariable long id, @RequestBody DocForm form) {
            docs.edit(id, form.title, form.body);
          }
          @PutMapping("/locked-docs/{id}") void editLocked(@PathVariable long id, @RequestBody LockedDocForm form) {
            docs.edit(id, form.title, form.body);
          }
        }
        """);

    assertThat(scan().findings())
        .filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("PUT /docs/{id} (DocController.edit)"));
  }

  @Test
  void liquibasePropertiesGiveColumnTypesTheirFamily() throws IOException {
    write("src/main/resources/db/changelog/db.properties.xml", """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <property name="id.type" value="NUMBER(18)" dbms="oracle"/>
          <property name="id.type" value="BIGINT" dbms="postgresql"/>
          <property name="longvarchar.type" value="TEXT"/>
          <property name="description.type" value="${longvarchar.type}"/>
        </databaseChangeLog>
        """);
    write("src/main/resources/db/changelog/db.changelog-1.0.xml", """
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
          <changeSet id="1" author="a">
            <createTable tableName="rating">
              <column name="id" type="${id.type}"><constraints primaryKey="true"/></column>
              <column name="scheme_id" type="${id.type}"/>
              <column name="description" type="${description.type}"/>
              <column name="unknown_kind" type="${nowhere.type}"/>
            </createTable>
          </changeSet>
        </databaseChangeLog>
        """);
    write("src/main/java/shop/RatingDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class RatingDao {
          JdbcTemplate jdbc;
          void scheme(long id, long s) { jdbc.update("UPDATE rating SET scheme_id = ? WHERE id = ?", s, id); }
          void describe(long id, String d) { jdbc.update("UPDATE rating SET description = ? WHERE id = ?", d, id); }
          void kind(long id, String k) { jdbc.update("UPDATE rating SET unknown_kind = ? WHERE id = ?", k, id); }
        }
        """);

    assertThat(unversionedUpdateMessages())
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("sets description"))
        .anySatisfy(m -> assertThat(m).contains("sets unknown_kind"));
  }

  @Test
  void aDeleteOnlyAJobReachesSaysTheJobDeletes() throws IOException {
    write("db/migration/V1__carts.sql", "CREATE TABLE cart (id BIGINT PRIMARY KEY, note TEXT, version INT NOT NULL);\n");
    write("src/main/java/shop/CartDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class CartDao {
          JdbcTemplate jdbc;
          void expire(long id) { jdbc.update("DELETE FROM cart WHERE id = ?", id); }
          void remove(long id) { jdbc.update("DELETE FROM cart WHERE id = ? AND note IS NOT NULL", id); }
          int edit(long id, String note, int version) {
            return jdbc.update("UPDATE cart SET note = ?, version = version + 1 WHERE id = ? AND version = ?",
                note, id, version);
          }
        }
        """);
    write("src/main/java/shop/CartJobs.java", """
        package shop;
        import org.springframework.scheduling.annotation.Scheduled;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class CartJobs {
          CartDao carts;
          @Scheduled(cron = "0 0 * * * *") void purge() { carts.expire(1L); }
          @DeleteMapping("/carts/{id}") void remove(@PathVariable long id) { carts.remove(id); }
        }
        """);

    assertThat(scan().findings())
        .filteredOn(f -> f.ruleId().equals("delete-without-version-check"))
        .extracting(Finding::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("this job deletes a record that a user changed after the job read it"),
            m -> assertThat(m).contains("a user deletes a record that someone else changed after they loaded it"));
  }

  @Test
  void aDeleteInAMethodNamedAsARollbackRemovesWhatItsOwnRequestCreated() throws IOException {
    write("db/migration/V1__carts.sql", "CREATE TABLE cart (id BIGINT PRIMARY KEY, note TEXT, version INT NOT NULL);\n");
    write("src/main/java/shop/CartDao.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        class CartDao {
          JdbcTemplate jdbc;
          void rollbackCartCreation(long id) { jdbc.update("DELETE FROM cart WHERE id = ?", id); }
          void remove(long id) { jdbc.update("DELETE FROM cart WHERE id = ?", id); }
          int edit(long id, String note, int version) {
            return jdbc.update("UPDATE cart SET note = ?, version = version + 1 WHERE id = ? AND version = ?",
                note, id, version);
          }
        }
        """);

    assertThat(scan().findings())
        .filteredOn(f -> f.ruleId().equals("delete-without-version-check"))
        .extracting(f -> f.location().startLine())
        .containsExactly(6);
  }

  /** A controller whose PUT renames a device through {@code DeviceDao.rename}, with {@code moreRoutes} beside it. */
  private void deviceController(String moreRoutes) throws IOException {
    write("src/main/java/iot/DeviceController.java", """
        package iot;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class DeviceController {
          DeviceDao devices;
          @PutMapping("/devices/{id}/label") void rename(@PathVariable long id, @RequestBody String label) {
            devices.rename(id, label);
          }
        %s
        }
        """.formatted(moreRoutes));
  }

  private List<String> unversionedUpdateMessages() throws IOException {
    return scan().findings().stream()
        .filter(f -> f.ruleId().equals("unversioned-table-update"))
        .map(Finding::message)
        .toList();
  }
}
