package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.VersionSource;
import dev.lostguard.samples.ExpectationMarkers.CommentSyntax;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Focused rule tests: small inline projects whose markers say what must and must not fire, held to
 * the same strict comparison as the samples. Each test is one behaviour of the predicates,
 * exemptions or precedence.
 */
class RuleFixturesTest {

  private static final String SCHEMA =
      """
      CREATE TABLE doc (id BIGINT PRIMARY KEY, title TEXT, body TEXT, status TEXT, stock INT,
        view_count INT, last_login TIMESTAMP, updated_at TIMESTAMP, deleted_at TIMESTAMP,
        version INT NOT NULL);
      CREATE TABLE line (order_id BIGINT, line_no INT, qty INT, version INT, PRIMARY KEY (order_id, line_no));
      CREATE TABLE account (id BIGINT, email TEXT UNIQUE, name TEXT, version BIGINT);
      CREATE TABLE note (id BIGINT PRIMARY KEY, body TEXT);
      """;

  /** The saves that check each versioned table's version: a version no write names is unused. */
  private static final String GUARDED_SAVES =
      """
      UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?;
      UPDATE line SET qty = ?, version = version + 1 WHERE order_id = ? AND line_no = ? AND version = ?;
      UPDATE account SET name = ?, version = version + 1 WHERE id = ? AND version = ?;
      """;

  @TempDir Path project;

  private Report scanWithMarkers(Map<String, String> files) throws IOException {
    return scanWithMarkers(files, List.of());
  }

  /** Writes the files, scans them as one project and fails on any disagreement with their markers. */
  private Report scanWithMarkers(Map<String, String> files, List<String> versionColumns) throws IOException {
    Map<String, String> all = new TreeMap<>(files);
    if (!all.containsKey("db/migration/V1__schema.sql")) {
      all.put("db/migration/V1__schema.sql", SCHEMA);
      all.putIfAbsent("saves.sql", GUARDED_SAVES);
    }
    List<FileExpectations> expectations = new ArrayList<>();
    for (Map.Entry<String, String> file : all.entrySet()) {
      Path path = project.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
      expectations.add(ExpectationMarkers.parse(file.getKey(), file.getValue(), CommentSyntax.SQL));
    }
    Report report =
        new Scanner()
            .scan(new ScanRequest(List.of(project), project, List.of(), 2, false, versionColumns));
    List<String> problems = ReportExpectations.problems(expectations, report);
    assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
    return report;
  }

  @Test
  void singleRowMeansEveryPrimaryKeyColumnOrAUniqueKey() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ruleid: update-without-version-check
        UPDATE doc SET title = ? WHERE id = ?;
        -- ruleid: update-without-version-check
        UPDATE line SET qty = ? WHERE order_id = ? AND line_no = ?;
        -- ruleid: bulk-update-bypasses-version
        UPDATE line SET qty = ? WHERE order_id = ?;
        -- ruleid: update-without-version-check
        UPDATE account SET name = ? WHERE email = ?;
        -- ruleid: bulk-update-bypasses-version
        UPDATE doc SET title = ? WHERE id IN (?, ?, ?);
        -- ruleid: bulk-update-bypasses-version
        UPDATE doc SET title = ? WHERE id > ?;
        -- ruleid: bulk-update-bypasses-version
        UPDATE doc SET title = ? WHERE id = ? OR status = ?;
        -- ruleid: bulk-update-bypasses-version
        UPDATE doc SET body = ?;
        """));
  }

  @Test
  void aUniqueKeyWithASoftDeleteColumnPinsOneLiveRowByItsOtherColumns() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__experiment.sql", """
        CREATE TABLE experiment (id BIGINT, experiment_id VARCHAR(64), name VARCHAR(64), notes TEXT, owner VARCHAR(64),
          is_delete TINYINT, UNIQUE (experiment_id, is_delete), UNIQUE (owner, name));
        """, "q.sql", """
        -- ruleid: unversioned-table-update
        UPDATE experiment SET name = ?, notes = ? WHERE experiment_id = ?;
        -- ok: unversioned-table-update
        UPDATE experiment SET notes = ? WHERE owner = ?;
        """));
  }

  @Test
  void withNoDeclaredKeyIdPinsOneRow() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ruleid: update-without-version-check
        UPDATE account SET name = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE invoices SET total = ? WHERE invoice_id = ?;
        -- ok: unversioned-table-update
        UPDATE invoices SET total = ? WHERE customer_id = ?;
        """));
  }

  @Test
  void versionPredicateFormsCountOnlyForEquality() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: update-without-version-check
        UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?;
        -- ok: update-without-version-check
        UPDATE doc SET title = :title, version = version + 1 WHERE id = :id AND version = :version;
        -- ok: update-without-version-check
        UPDATE doc d SET title = ?, version = d.version + 1 WHERE d.id = ? AND d.version = ?;
        -- ruleid: update-without-version-check
        UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version >= ?;
        -- ruleid: update-without-version-check
        UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version < ?;
        """));
  }

  @Test
  void aCheckNeedsABump() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ruleid: version-not-incremented
        UPDATE doc SET title = ? WHERE id = ? AND version = ?;
        -- ruleid: version-not-incremented
        UPDATE doc SET title = :title, version = :version WHERE id = :id AND version = :version;
        -- ok: version-not-incremented
        UPDATE doc SET title = :title, version = :next WHERE id = :id AND version = :version;
        -- ok: version-not-incremented
        UPDATE doc SET title = ?, version = version + ? WHERE id = ? AND version = ?;
        -- ruleid: version-not-incremented
        UPDATE doc SET title = ? WHERE status = ? AND version = ?;
        """));
  }

  @Test
  void aJobsClaimOnARowIsNoEditAndMovingARequiredColumnEndsTheMatch() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__task.sql", """
        CREATE TABLE task (id BIGINT PRIMARY KEY, payload TEXT, status TEXT, attempt INT,
          visible_from TIMESTAMP, locked_by TEXT, locked_until TIMESTAMP, lock_version INT NOT NULL);
        """, "q.sql", """
        -- ok: side-effect-write-bumps-version
        UPDATE task SET locked_by = :worker, locked_until = :until, lock_version = lock_version + 1 WHERE id = :id;
        -- ok: version-not-incremented
        UPDATE task SET locked_by = NULL, locked_until = :until WHERE id = :id AND lock_version = :lockVersion;
        -- ok: version-not-incremented
        UPDATE task SET status = 'CREATED', attempt = attempt + 1, visible_from = :retryAt, locked_by = NULL
          WHERE id = :id AND locked_by = :worker AND lock_version = :lockVersion;
        -- ok: version-not-incremented
        UPDATE doc SET title = :title, status = 'DONE' WHERE id = :id AND status = 'OPEN' AND version = :version;
        -- ruleid: version-not-incremented
        UPDATE task SET payload = :payload WHERE id = :id AND lock_version = :lockVersion;
        -- ruleid: version-not-incremented
        UPDATE doc SET title = :title, status = 'OPEN' WHERE id = :id AND status = 'OPEN' AND version = :version;
        """));
  }

  @Test
  void aCommandMayStampWhenAndByWhomItRan() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__flag.sql", """
        CREATE TABLE flag (id BIGINT PRIMARY KEY, resolved BOOLEAN, resolved_by BIGINT, resolved_at TIMESTAMP,
          title VARCHAR(100), note VARCHAR(100), last_updated_date TIMESTAMP, audit_status INT, operator_id BIGINT,
          status VARCHAR(20), status_updated_at TIMESTAMP, status_updated_by BIGINT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE flag SET status = :status, status_updated_at = :now, status_updated_by = :userId WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE flag SET resolved = :resolved, resolved_by = :userId, resolved_at = :resolvedAt WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE flag SET audit_status = :status, operator_id = :userId WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE flag SET hash = :hash, reset_token = :token WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE flag SET note = :note, last_updated_date = :now WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE flag SET last_seen_ip = :ip, resolved_at = :now, last_seen_at = :now WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE flag SET note = :note, resolved_at = :resolvedAt WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE flag SET title = :title, note = :note WHERE id = :id;
        """));
  }

  @Test
  void aResetThatCopiesAnotherColumnOfTheRowWritesNothingAUserRead() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__batch.sql", """
        CREATE TABLE batch (id BIGINT PRIMARY KEY, state TEXT, nb_done INT, nb_left INT, nb_total INT, label TEXT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE batch SET state = 'QUEUED', nb_done = 0, nb_left = nb_total WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE batch SET label = :label, nb_total = :total WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE batch SET label = label || :suffix WHERE id = :id;
        """));
  }

  @Test
  void aStateMachinesStepOnAnUnversionedTableCarriesItsOwnGuard() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__payment.sql", """
        CREATE TABLE payment (id BIGINT PRIMARY KEY, state TEXT, channel_no TEXT, fee INT, memo TEXT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE payment SET state = 'PAID', channel_no = :no, fee = :fee WHERE id = :id AND state = 'PAYING';
        -- ruleid: unversioned-table-update
        UPDATE payment SET state = 'PAYING', channel_no = :no, memo = :memo WHERE id = :id AND state = 'PAYING';
        -- ruleid: unversioned-table-update
        UPDATE payment SET channel_no = :no, memo = :memo WHERE id = :id AND state = 'PAYING';
        """));
  }

  @Test
  void aDateDeletedMarkIsASoftDeleteOnATableOfUnknownSchema() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE stock_meta SET name = name, qty = qty, date_deleted = :at WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE stock_meta SET voided = 1 WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE stock_meta SET name = :name, qty = :qty WHERE id = :id;
        """));
  }

  @Test
  void theColumnsAMessageShowsPutWhatPeopleTypeBeforeTheKeysTheRowIsLinkedBy() throws IOException {
    Report report = scanWithMarkers(Map.of("db/migration/V2__settings.sql", """
        CREATE TABLE settings_meta (id BIGINT PRIMARY KEY, settings_id TEXT, document_id TEXT, identifier TEXT,
          server_version BIGINT, setting_value TEXT, label TEXT);
        """, "q.sql", """
        -- ruleid: unversioned-table-update
        UPDATE settings_meta SET settings_id = ?, document_id = ?, identifier = ?, setting_value = ?, label = ? WHERE id = ?;
        """));
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("UPDATE settings_meta (sets setting_value, label, settings_id, document_id, ...)"));
  }

  @Test
  void whoLastEditedARowIsBookkeepingBesideTheOneValueAnEditSets() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__topic.sql", """
        CREATE TABLE topic (id BIGINT PRIMARY KEY, name VARCHAR(64), service_id BIGINT, remark TEXT,
          modifier VARCHAR(32), editor VARCHAR(32));
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE topic SET name = :name, editor = :user WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE topic SET service_id = :service, modifier = :user WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE topic SET name = :name, remark = :remark, modifier = :user WHERE id = :id;
        """));
  }

  @Test
  void aCommandThatIncrementsTheVersionMakesOlderFormsConflictInsteadOfRevertingIt() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__job.sql", """
        CREATE TABLE job (id BIGINT PRIMARY KEY, name VARCHAR(64), enabled BOOLEAN, script TEXT,
          version INT NOT NULL DEFAULT 0);
        """, "q.sql", """
        UPDATE job SET name = ?, script = ?, version = version + 1 WHERE id = ? AND version = ?;
        -- ok: update-without-version-check
        UPDATE job SET enabled = ?, version = version + 1 WHERE id = ?;
        -- ruleid: update-without-version-check
        UPDATE job SET enabled = ? WHERE id = ?;
        -- ruleid: update-without-version-check
        UPDATE job SET script = ?, version = version + 1 WHERE id = ?;
        """));
  }

  @Test
  void anExpressionOfLiteralsAndTheRowsOwnColumnsCarriesNoValueTheCallerSends() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__member.sql", """
        CREATE TABLE member (id BIGINT PRIMARY KEY, name TEXT, email TEXT, about TEXT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE member SET name = CONCAT('deleteduser', id), email = NULL, about = CONCAT('left on ', now()) WHERE id = :id;
        -- ok: unversioned-table-update
        UPDATE member SET email = LOWER(email), about = CONCAT(about, ':x') WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE member SET name = CONCAT(:first, ' ', :last), about = :about WHERE id = :id;
        -- ruleid: unversioned-table-update
        UPDATE member SET name = COALESCE(?, name), about = ? WHERE id = ?;
        """));
  }

  @Test
  void aStepFromTheStateTheCallerExpectsOrFromAListOfStatesCarriesItsOwnGuard() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__task.sql", """
        CREATE TABLE task (id BIGINT PRIMARY KEY, state INT, error_msg TEXT, end_time TIMESTAMP, workspace_id BIGINT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE task SET state = #{toState}, error_msg = #{errorMsg} WHERE id = #{id} AND state = #{fromState};
        -- ok: unversioned-table-update
        UPDATE task SET state = ?, error_msg = ? WHERE id = ? AND state = ?;
        -- ok: unversioned-table-update
        UPDATE task SET state = #{toState}, end_time = #{end} WHERE id = #{id} AND state IN (#{fromStates});
        -- ok: unversioned-table-update
        UPDATE task SET state = 40, end_time = #{end} WHERE id = #{id} AND state IN (10, 20, 30);
        -- ok: unversioned-table-update
        UPDATE task SET state = 40, error_msg = #{errorMsg} WHERE id = #{id} AND state = #{expected};
        -- ruleid: unversioned-table-update
        UPDATE task SET state = #{state}, error_msg = #{errorMsg} WHERE id = #{id} AND state = 0;
        -- ruleid: unversioned-table-update
        UPDATE task SET state = #{state}, error_msg = #{errorMsg} WHERE id = #{id} AND state IN (0, 10);
        -- ruleid: unversioned-table-update
        UPDATE task SET workspace_id = #{row.workspaceId}, error_msg = #{errorMsg} WHERE id = #{id} AND workspace_id = #{current};
        -- ruleid: unversioned-table-update
        UPDATE task SET state = #{state}, error_msg = #{errorMsg} WHERE id = #{id} AND state = #{state};
        -- ruleid: unversioned-table-update
        UPDATE task SET error_msg = #{errorMsg} WHERE id = #{id} AND state = #{fromState};
        """));
  }

  @Test
  void aOneShotMarkSetOnlyWhileItsColumnIsUnsetCarriesItsOwnGuard() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__concept.sql", """
        CREATE TABLE concept (id BIGINT PRIMARY KEY, deprecated TIMESTAMP, deprecated_by TEXT, replaced_by BIGINT,
          notes TEXT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE concept SET deprecated = now(), deprecated_by = :by, replaced_by = :to WHERE id = :id AND deprecated IS NULL;
        -- ok: unversioned-table-update
        UPDATE concept SET deprecated_by = :by, notes = :notes WHERE id = :id AND deprecated_by IS NULL;
        -- ruleid: unversioned-table-update
        UPDATE concept SET notes = :notes, replaced_by = :to WHERE id = :id AND deprecated IS NULL;
        -- ruleid: unversioned-table-update
        UPDATE concept SET deprecated = NULL, notes = :notes WHERE id = :id AND deprecated IS NULL;
        """));
  }

  @Test
  void atomicRelativeCompareAndSetAndBookkeepingWritesAreExempt() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: update-without-version-check
        UPDATE doc SET stock = stock - ? WHERE id = ?;
        -- ok: update-without-version-check
        UPDATE doc SET view_count = view_count + 1 WHERE id = ?;
        -- ok: update-without-version-check
        UPDATE doc SET status = 'PAID' WHERE id = ? AND status = 'PENDING';
        -- ok: update-without-version-check
        UPDATE doc SET last_login = ?, updated_at = now() WHERE id = ?;
        -- ok: update-without-version-check
        UPDATE doc SET lastupdated = now(), lastupdatedby = ? WHERE id = ?;
        -- ok: bulk-update-bypasses-version
        UPDATE doc SET stock = stock + 10 WHERE status = ?;
        -- ok: unversioned-table-update
        UPDATE note SET body = body || ? WHERE id = ?;
        -- ruleid: update-without-version-check
        UPDATE doc SET status = 'PAID', title = ? WHERE id = ? AND status = 'PENDING';
        """));
  }

  @Test
  void auditColumnsHeartbeatsAndWriteOnlyCredentialsAreBookkeeping() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET update_time = ?, update_by = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET gmt_modified = now(), update_user = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET last_heartbeat_timestamp = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET update_time_ms = ?, update_user = ?, last_login_millis = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET password = ?, salt = ?, last_pwd_update_time = now() WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET auth_password = ?, api_pwd = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET password = ?, pwd_update_date = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET login_ip = ?, login_date = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET order_num = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET note_updated = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET password_hint = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ?, update_time = ?, update_by = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ?, password = ? WHERE id = ?;
        """));
  }

  @Test
  void oneShortChosenValueAloneIsNotALostUpdateButNumbersAndLongTextAre() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__folder.sql", """
        CREATE TABLE folder (id BIGINT PRIMARY KEY, name VARCHAR(120), status VARCHAR(20), parent_id BIGINT,
          archived BOOLEAN, due_at TIMESTAMP, balance DECIMAL(12, 2), position_count INT, notes TEXT,
          label VARCHAR(2000), owner_ref UUID, colour VARCHAR, visible TINYINT(1), state TINYINT);
        CREATE TABLE tag (id BIGINT PRIMARY KEY, name TEXT, note TEXT);
        """, "q.sql", """
        -- ok: unversioned-table-update
        UPDATE folder SET visible = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET state = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET name = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET status = ?, updated_at = now() WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET parent_id = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET archived = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET due_at = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET owner_ref = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET balance = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET position_count = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET notes = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET label = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET colour = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE folder SET name = ?, status = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE undeclared SET description = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE undeclared SET name = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE undeclared SET is_leaf = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE tag SET name = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE tag SET note = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE folder SET position_count = (SELECT count(*) FROM folder f WHERE f.parent_id = ?) WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE undeclared SET visits_num = ? WHERE id = ?;
        """));
  }

  @Test
  void aSaveThatCarriesTheSoftDeleteMarkIsNoDelete() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET deleted = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET delete_flag = '1', update_time = now() WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ?, deleted = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET body = ?, deleted_at = now() WHERE id = ?;
        """));
  }

  @Test
  void creationAuditColumnsAreCarriedNotEditedAndLeaveTheMessage() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET create_time = ?, create_by = ?, update_time = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET created_at = ?, creator = ?, gmt_create = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET create_by = ?, create_time = ?, body = ? WHERE id = ?;
        """));
    assertThat(report.findings()).singleElement()
        .extracting(Finding::message, InstanceOfAssertFactories.STRING)
        .contains("(sets body)")
        .doesNotContain("create_");
  }

  @Test
  void reorderingWritesOnlyAListPositionAndCarriesNoFieldOfTheRecord() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET pos = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE note SET sort_order = ?, update_time = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ?, sort = ? WHERE id = ?;
        """));
    assertThat(report.findings()).singleElement()
        .extracting(Finding::message, InstanceOfAssertFactories.STRING)
        .contains("(sets body)");
  }

  @Test
  void mostSpecificRuleWinsOnOneStatement() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ruleid: timestamp-as-version
        UPDATE doc SET title = ?, updated_at = now() WHERE id = ? AND updated_at = ?;
        -- ruleid: delete-without-version-check
        UPDATE doc SET deleted_at = now() WHERE id = ?;
        -- ruleid: delete-without-version-check
        DELETE FROM doc WHERE id = ?;
        -- ok: delete-without-version-check
        DELETE FROM doc WHERE id = ? AND version = ?;
        -- ok: delete-without-version-check
        DELETE FROM doc WHERE status = 'DRAFT';
        -- ruleid: timestamp-as-version
        DELETE FROM doc WHERE id = ? AND updated_at = ?;
        """));
    assertThat(report.findings()).extracting(f -> f.location().startLine()).doesNotHaveDuplicates();
  }

  @Test
  void upsertsAndMergesNeedAVersionCondition() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ruleid: upsert-without-guard
        INSERT INTO doc (id, title, version) VALUES (?, ?, 0)
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title;
        -- ok: upsert-without-guard
        INSERT INTO doc AS d (id, title, version) VALUES (?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, version = d.version + 1
          WHERE d.version = EXCLUDED.version;
        -- ruleid: upsert-without-guard
        INSERT INTO doc (id, title) VALUES (?, ?) ON DUPLICATE KEY UPDATE title = VALUES(title);
        -- ok: upsert-without-guard
        INSERT INTO doc (id, view_count) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET view_count = doc.view_count + 1;
        -- ok: upsert-without-guard
        INSERT INTO note (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body;
        """));
  }

  @Test
  void replaceIntoAVersionedTableIsAnUnguardedOverwriteOfTheWholeRow() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ruleid: upsert-without-guard
        REPLACE INTO doc (id, title, version) VALUES (?, ?, ?);
        -- ruleid: upsert-without-guard
        REPLACE INTO doc SET id = ?, view_count = ?;
        -- ruleid: upsert-without-guard
        REPLACE doc (id, title) SELECT id, title FROM doc_import;
        -- ok: upsert-without-guard
        REPLACE INTO note (id, body) VALUES (?, ?);
        """));
    assertThat(report.findings()).first().satisfies(f -> assertThat(f.message())
        .startsWith("REPLACE INTO doc (sets title, id) deletes the existing row and inserts a new one")
        .contains("cannot compare version"));
    assertThat(report.tables()).filteredOn(t -> t.name().equals("note"))
        .singleElement()
        .satisfies(t -> assertThat(t.writeSites()).isEqualTo(1));
  }

  @Test
  void aColumnComparedAndIncrementedIsAnInferredVersion() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ok: update-without-version-check
        UPDATE ticket SET subject = ?, rev = rev + 1 WHERE id = ? AND rev = ?;
        -- ruleid: update-without-version-check
        UPDATE ticket SET subject = ? WHERE id = ?;
        -- ok: unversioned-table-update
        UPDATE inbox SET read_count = read_count + 1 WHERE id = ? AND read_count = (SELECT read_count FROM inbox WHERE id = ?);
        """));
    assertThat(report.tables()).filteredOn(t -> t.name().equals("ticket"))
        .singleElement()
        .satisfies(t -> assertThat(t.versionColumn()).isEqualTo("rev"));
    assertThat(report.tables()).filteredOn(t -> t.name().equals("inbox"))
        .singleElement()
        .satisfies(t -> assertThat(t.versionColumn()).isNull());
  }

  @Test
  void aVersionColumnNoWriteOfTheApplicationNamesIsUnusedAndItsTableIsJudgedUnversioned() throws IOException {
    Report report = scanWithMarkers(Map.of(
        "db/migration/V1__schema.sql", """
            CREATE TABLE card (id INT PRIMARY KEY, holder TEXT, limit_cents INT, version INT NOT NULL DEFAULT 0);
            CREATE TABLE tag (id INT PRIMARY KEY, label TEXT, version INT NOT NULL DEFAULT 0);
            CREATE TABLE template (id INT PRIMARY KEY, expression TEXT, shard_count INT, version INT);
            CREATE TABLE plan (id INT PRIMARY KEY, title TEXT, budget INT, version INT);
            """,
        "db/migration/V2__reset.sql", """
            UPDATE card SET version = 0 WHERE id = 1;
            """,
        "q.sql", """
            -- ruleid: unversioned-table-update
            UPDATE card SET holder = ?, limit_cents = ? WHERE id = ?;
            -- ok: delete-without-version-check
            DELETE FROM card WHERE id = ?;
            -- ruleid: update-without-version-check
            UPDATE tag SET label = ? WHERE id = ?;
            UPDATE tag SET label = ?, version = version + 1 WHERE id = ? AND version = ?;
            -- ruleid: unversioned-table-update
            UPDATE template SET expression = ?, shard_count = ?, version = ? WHERE id = ?;
            -- ruleid: update-without-version-check
            UPDATE plan SET title = ?, budget = ? WHERE id = ?;
            UPDATE plan SET version = version + 1 WHERE id = ?;
            """));
    assertThat(report.findings()).first().satisfies(f -> assertThat(f.message())
        .contains("the version column table card declares is compared in no statement's WHERE, so it guards no write"));
    assertThat(report.tables()).filteredOn(t -> t.name().equals("card")).singleElement().satisfies(t -> {
      assertThat(t.versionSource()).isEqualTo(VersionSource.UNUSED);
      assertThat(t.versionColumn()).isNull();
      assertThat(t.notes()).singleElement().asString()
          .contains("DDL declares version column version but no write of the application compares or increments it");
    });
    assertThat(report.tables()).filteredOn(t -> t.name().equals("tag")).singleElement()
        .satisfies(t -> assertThat(t.versionSource()).isEqualTo(VersionSource.DDL));
  }

  @Test
  void textVersionColumnsAreNotVersionsAndUsersCanNameTheirOwn() throws IOException {
    scanWithMarkers(
        Map.of(
            "db/migration/V1__schema.sql",
            """
            CREATE TABLE app_release (id INT PRIMARY KEY, notes TEXT, version VARCHAR(20));
            CREATE TABLE item (id INT PRIMARY KEY, name TEXT, revision_no INT);
            """,
            "q.sql",
            """
            -- ruleid: unversioned-table-update
            UPDATE app_release SET notes = ? WHERE id = ?;
            -- ruleid: update-without-version-check
            UPDATE item SET name = ? WHERE id = ?;
            -- ruleid: update-without-version-check
            UPDATE item SET name = ?, revision_no = ? WHERE id = ?;
            """),
        List.of("revision_no"));
  }

  @Test
  void literalOnlyScriptsOnUnversionedTablesAreNotSavePaths() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET body = 'archived' WHERE id = 1;
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ? WHERE id = 1;
        """));
  }

  @Test
  void softDeletesOnUnversionedTablesAreJudgedLikeDeletes() throws IOException {
    scanWithMarkers(Map.of("q.sql", """
        -- ok: unversioned-table-update
        UPDATE note SET deleted_at = now() WHERE id = ?;
        -- ok: delete-without-version-check
        DELETE FROM note WHERE id = ?;
        -- ruleid: bulk-update-bypasses-version
        UPDATE doc SET status = 'ARCHIVED' WHERE updated_at < ?;
        """));
  }

  @Test
  void unknownTablesGetLowConfidenceAndKnownOnesMedium() throws IOException {
    Report report = scanWithMarkers(Map.of("q.sql", """
        -- ruleid: unversioned-table-update
        UPDATE note SET body = ? WHERE id = ?;
        -- ruleid: unversioned-table-update
        UPDATE memo SET body = ? WHERE id = ?;
        """));
    assertThat(report.findings())
        .extracting(Finding::table, Finding::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("note", Confidence.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("memo", Confidence.LOW));
  }

  @Test
  void mixedGuardingRaisesTheUncheckedWriteAndPointsAtTheGuardedOne() throws IOException {
    Report report = scanWithMarkers(Map.of(
        "edit.sql", """
            -- ok: update-without-version-check
            UPDATE doc SET title = ?, body = ?, version = version + 1 WHERE id = ? AND version = ?;
            """,
        "toggle.sql", """
            -- ruleid: delete-without-version-check
            DELETE FROM doc WHERE id = ?;
            """));
    Finding delete = report.findings().get(0);
    assertThat(delete.severity()).isEqualTo(Severity.HIGH);
    assertThat(delete.signals()).containsExactly("mixed-guarding");
    assertThat(delete.relatedLocations())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.path()).isEqualTo("edit.sql");
          assertThat(r.startLine()).isEqualTo(2);
        });
  }

  @Test
  void withoutAGuardedWriteNothingIsRaised() throws IOException {
    Report report = scanWithMarkers(Map.of("saves.sql", "", "toggle.sql", """
        -- ruleid: update-without-version-check
        UPDATE doc SET title = ?, version = version + 1 WHERE id = ?;
        -- ruleid: delete-without-version-check
        DELETE FROM doc WHERE id = ?;
        """));
    Finding delete = report.findings().stream()
        .filter(f -> f.ruleId().equals("delete-without-version-check")).findFirst().orElseThrow();
    assertThat(delete.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(delete.signals()).isEmpty();
  }

  @Test
  void temporalVersionColumnIsReportedAtItsDefinition() throws IOException {
    scanWithMarkers(Map.of(
        "db/migration/V1__schema.sql", """
            CREATE TABLE price (
              id BIGINT PRIMARY KEY,
              -- the version of the row
              amount NUMERIC(10, 2),
              -- ruleid: timestamp-as-version
              version TIMESTAMP NOT NULL
            );
            """,
        "q.sql", """
            -- ok: update-without-version-check
            UPDATE price SET amount = ?, version = now() WHERE id = ? AND version = ?;
            """));
  }

  @Test
  void sqlServerRowversionIsBumpedByTheDatabase() throws IOException {
    scanWithMarkers(Map.of(
        "db/migration/V1__schema.sql", """
            CREATE TABLE [dbo].[Orders] ([Id] INT PRIMARY KEY, [Note] NVARCHAR(100), [RowVersion] ROWVERSION NOT NULL);
            """,
        "q.sql", """
            -- ok: version-not-incremented
            UPDATE [dbo].[Orders] SET [Note] = @note WHERE [Id] = @id AND [RowVersion] = @rv;
            -- ruleid: update-without-version-check
            UPDATE Orders SET Note = @note WHERE Id = @id;
            """));
  }

  @Test
  void theFixSpeaksOfTheTablesOwnVersionColumn() throws IOException {
    Report report = scanWithMarkers(Map.of(
        "db/migration/V1__schema.sql", """
            CREATE TABLE book (id INT PRIMARY KEY, title TEXT, lock_version INT NOT NULL);
            """,
        "q.sql", """
            -- ruleid: update-without-version-check
            UPDATE book SET title = ? WHERE id = ?;
            UPDATE book SET title = ?, lock_version = lock_version + 1 WHERE id = ? AND lock_version = ?;
            """));
    assertThat(report.findings().get(0).remediation())
        .contains("`AND lock_version = ?`", "`lock_version = lock_version + 1`")
        .contains("(the version the user loaded)");
    assertThat(report.findings().get(0).message()).contains("lock_version = ?");
  }

  @Test
  void aWriteByTheRowsUuidPinsOneRowEvenWhenTheDdlDeclaresItNoKey() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__tag.sql", """
        CREATE TABLE tag (id BIGINT PRIMARY KEY, uuid UUID NOT NULL, tenant_id BIGINT, name VARCHAR(100), notes TEXT);
        """, "q.sql", """
        -- ruleid: unversioned-table-update
        UPDATE tag SET name = :name, notes = :notes WHERE uuid = :uuid AND tenant_id = :tenantId;
        -- ok: unversioned-table-update
        UPDATE tag SET name = :name, notes = :notes WHERE tenant_id = :tenantId;
        """));
  }

  @Test
  void aVersionColumnThatIsPartOfAKeyNumbersHistoryRowsAndIsNoLock() throws IOException {
    scanWithMarkers(Map.of("db/migration/V2__model.sql", """
        CREATE TABLE model_version (id BIGINT PRIMARY KEY, name VARCHAR(64), version INT, description TEXT,
          UNIQUE (name, version));
        CREATE TABLE contrato (id BIGINT PRIMARY KEY, objeto TEXT, valor TEXT, versao BIGINT NOT NULL);
        """, "q.sql", """
        -- ok: version-not-incremented, rowcount-ignored
        -- ruleid: unversioned-table-update
        UPDATE model_version SET description = :description, tags = :tags WHERE name = :name AND version = :version;
        -- ok: update-without-version-check
        UPDATE contrato SET objeto = :objeto, valor = :valor, versao = versao + 1 WHERE id = :id AND versao = :versao;
        -- ruleid: update-without-version-check
        UPDATE contrato SET objeto = :objeto, valor = :valor WHERE id = :id;
        """));
  }
}
