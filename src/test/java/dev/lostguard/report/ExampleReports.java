package dev.lostguard.report;

import dev.lostguard.model.BaselineEntry;
import dev.lostguard.model.BaselineState;
import dev.lostguard.model.Confidence;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PathKind;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.Summary;
import dev.lostguard.model.Suppression;
import dev.lostguard.model.SuppressionKind;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.VersionSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-built reports that the reporter tests render. */
final class ExampleReports {

  private ExampleReports() {}

  /** A finding with every optional part present. */
  static Finding unguardedUpdate() {
    return new Finding(
        "update-without-version-check",
        Severity.MEDIUM,
        Confidence.HIGH,
        "UPDATE orders has no version predicate",
        new Location("db/orders.sql", 12, 1, 12, 42),
        List.of(new RelatedLocation("db/schema.sql", 3, "orders.version declared here")),
        "orders",
        "UPDATE orders SET status = ? WHERE id = ?   ",
        "add AND version = ? and SET version = version + 1",
        List.of("mixed-guarding"),
        "0123456789abcdef", List.of(), null);
  }

  /** {@link #unguardedUpdate()} with another message at another place. */
  static Finding unguardedUpdate(String message, Location at) {
    Finding base = unguardedUpdate();
    return new Finding(
        base.ruleId(), base.severity(), base.confidence(), message, at, base.relatedLocations(), base.table(),
        base.snippet(), base.remediation(), base.signals(), base.fingerprint(), List.of(), null);
  }

  /** A finding with every optional part absent. */
  static Finding ignoredRowcount() {
    return new Finding(
        "rowcount-ignored",
        Severity.HIGH,
        Confidence.MEDIUM,
        "the row count of a guarded UPDATE is ignored",
        new Location("src/OrderDao.java", 40, 9, 40, 30),
        List.of(),
        null,
        null,
        null,
        List.of(),
        "fedcba9876543210fedcba9876543210", List.of(), null);
  }

  static Finding infoNote() {
    return new Finding(
        "timestamp-as-version",
        Severity.INFO,
        Confidence.LOW,
        "orders.updated_at is compared like a version",
        new Location("db/orders.sql", 20, 1, 20, 30),
        List.of(),
        "orders",
        null,
        null,
        List.of(),
        "00112233445566778899aabbccddeeff", List.of(), null);
  }

  /** A write reached from an HTTP handler through a service. */
  static Finding chainedWrite() {
    EntryPoint put =
        new EntryPoint(
            "http", "PUT", "/orders/{id}", new MethodRef("shop.OrderController", "update", 2),
            new Location("src/shop/OrderController.java", 20, 10, 20, 15));
    EntryChain chain =
        new EntryChain(
            put,
            List.of(new MethodRef("shop.OrderController", "update", 2), new MethodRef("shop.OrderDao", "save", 1)),
            "JdbcTemplate.update");
    return new Finding(
        "update-without-version-check",
        Severity.HIGH,
        Confidence.HIGH,
        "UPDATE orders has no version predicate",
        new Location("src/shop/OrderDao.java", 31, 5, 33, 20),
        List.of(),
        "orders",
        "jdbc.update(",
        null,
        List.of("mixed-guarding"),
        "1111222233334444",
        List.of(chain),
        PathKind.ENDPOINT);
  }

  /** Findings in the report's order (by location), as the scan produces them. */
  static Report small() {
    List<Finding> findings = List.of(unguardedUpdate(), infoNote(), ignoredRowcount());
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    bySeverity.put("high", 1);
    bySeverity.put("medium", 1);
    bySeverity.put("info", 1);
    Map<String, Integer> byRule =
        Map.of("update-without-version-check", 1, "rowcount-ignored", 1, "timestamp-as-version", 1);
    return new Report(
        "lostguard",
        "0.1.0",
        new Summary(3, 1, 0, 0, 0, 12, 1, 0, 0, 0, 0, 3, bySeverity, byRule),
        List.of(
            new TableSummary("audit_log", null, VersionSource.UNKNOWN, 1, 0),
            new TableSummary("orders", "version", VersionSource.DDL, 3, 1),
            new TableSummary("users", null, VersionSource.NONE, 2, 0)),
        findings,
        List.of(
            ProcessingError.of(ErrorKind.PARSE_SQL, "db/broken.sql", 7, "unexpected token SETT"),
            new ProcessingError(ErrorKind.RULE_CRASH, "db/orders.sql", 12, "NullPointerException", "upsert-without-guard"),
            ProcessingError.of(ErrorKind.SIZE, "src/Huge.java", null, "larger than 1 MiB")));
  }

  static Report empty() {
    return new Report(
        "lostguard", "0.1.0", new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of()), List.of(), List.of(), List.of());
  }

  /** One finding suppressed in source, one accepted by a baseline, one new, and one stale baseline entry. */
  static Report accepted() {
    Report base = small();
    List<Finding> findings = List.of(
        unguardedUpdate().withSuppression(
            new Suppression(SuppressionKind.COMMENT, "the import job owns these rows", Location.point("db/orders.sql", 11, 1))),
        infoNote().withBaseline(BaselineState.UNCHANGED),
        ignoredRowcount().withBaseline(BaselineState.NEW));
    return new Report(
        base.toolName(), base.toolVersion(), base.summary().countingOpen(findings), base.tables(), findings,
        base.errors(), List.of(new BaselineEntry("0a0b0c0d0e0f0a0b", "update-without-version-check", "db/gone.sql", 1)));
  }

  static Report withFindings(Finding... findings) {
    Report base = small();
    return new Report(
        base.toolName(), base.toolVersion(), base.summary(), base.tables(), List.of(findings), base.errors());
  }
}
