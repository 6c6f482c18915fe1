package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Focused tests of the conflict-handling rules ({@code version-compared-by-reference},
 * {@code retry-on-conflict}, {@code conflict-swallowed}): inline Java projects held to their markers.
 * Without the call graph, user-facing means written in a web controller class.
 */
class ConflictRuleFixturesTest {

  @TempDir Path project;

  private Report scanWithMarkers(Map<String, String> files) throws IOException {
    return MarkedProject.scan(project, files);
  }

  private static String javaFile(String name) {
    return "src/main/java/com/acme/" + name + ".java";
  }

  @Test
  void boxedVersionsComparedWithEqualityOperatorsAreFlaggedAndValueComparisonsAreNot() throws IOException {
    Report report = scanWithMarkers(Map.of(javaFile("Guard"), """
        package com.acme;

        import java.util.Objects;

        class Guard {
          static class Doc {
            private Long version;
            private long revision;
            Long getVersion() { return version; }
            long getRevision() { return revision; }
          }

          record Form(Long version, long rev) {}

          private Long lastVersion;

          void check(Doc doc, Form form, Long expected, long primitive, Integer other, Object any) {
            // ruleid: version-compared-by-reference
            if (doc.getVersion() != form.version()) throw new IllegalStateException();
            // ruleid: version-compared-by-reference
            if (expected == this.lastVersion) return;
            // ruleid: version-compared-by-reference
            boolean same = (Long) any == doc.getVersion();
            // ok: version-compared-by-reference
            if (doc.getVersion() != primitive) throw new IllegalStateException();
            // ok: version-compared-by-reference
            if (doc.getRevision() != form.version()) throw new IllegalStateException();
            // ok: version-compared-by-reference
            if (!Objects.equals(doc.getVersion(), form.version())) throw new IllegalStateException();
            // ok: version-compared-by-reference
            if (doc.getVersion() == null || doc.getVersion() == 0L) return;
            // ok: version-compared-by-reference
            if (expected != any) return;
          }
        }
        """));

    assertThat(report.findings()).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
  }

  @Test
  void anUndeclaredVersionAgainstABoxedOneIsFlaggedWithMediumConfidence() throws IOException {
    Report report = scanWithMarkers(Map.of(javaFile("Service"), """
        package com.acme;

        class Service {
          void save(Order order, Long expectedVersion, Long count, Form form) {
            // ruleid: version-compared-by-reference
            if (order.getVersion() != expectedVersion) throw new IllegalStateException();
            // ok: version-compared-by-reference
            if (order.getVersion() != form.getVersion()) throw new IllegalStateException();
            // ok: version-compared-by-reference
            if (order.getItemCount() != count) throw new IllegalStateException();
          }
        }
        """));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.message()).contains("`order.getVersion() != expectedVersion`", "Service.save");
    });
  }

  @Test
  void retriesInWebControllersAreFlaggedEvenWhenTheyReload() throws IOException {
    scanWithMarkers(Map.of(javaFile("OrderController"), """
        package com.acme;

        import jakarta.persistence.OptimisticLockException;
        import org.springframework.dao.ConcurrencyFailureException;
        import org.springframework.dao.DataAccessException;
        import org.springframework.orm.ObjectOptimisticLockingFailureException;
        import org.springframework.retry.annotation.Retryable;
        import org.springframework.web.bind.annotation.PutMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class OrderController {
          OrderRepository orders;

          @PutMapping("/a")
          // ruleid: retry-on-conflict
          @Retryable(retryFor = ObjectOptimisticLockingFailureException.class)
          void a(long id) { Order o = orders.findById(id).orElseThrow(); orders.save(o); }

          // ruleid: retry-on-conflict
          @Retryable(include = {IllegalStateException.class, ConcurrencyFailureException.class})
          void b(long id) { orders.save(orders.getReferenceById(id)); }

          // ruleid: retry-on-conflict
          @Retryable(value = OptimisticLockException.class)
          void c(long id) { }

          // ok: retry-on-conflict
          @Retryable(retryFor = DataAccessException.class)
          void d(long id) { orders.deleteById(id); }

          // ok: retry-on-conflict
          @Retryable
          void e(long id) { orders.deleteById(id); }

          void f(long id) {
            // ruleid: retry-on-conflict
            for (int i = 0; i < 3; i++) {
              try {
                Order o = orders.findById(id).orElseThrow();
                orders.save(o);
                return;
              } catch (OptimisticLockException e) {
                if (i == 2) throw e;
              }
            }
          }
        }
        """));
  }

  @Test
  void retriesOutsideControllersAreFlaggedOnlyWhenTheyWriteStaleState() throws IOException {
    scanWithMarkers(Map.of(javaFile("Job"), """
        package com.acme;

        import org.springframework.dao.OptimisticLockingFailureException;
        import org.springframework.orm.ObjectOptimisticLockingFailureException;
        import org.springframework.retry.annotation.Retryable;
        import java.util.List;

        class Job {
          OrderRepository orders;
          Mailer mailer;

          void stale(Order order) {
            // ruleid: retry-on-conflict
            do {
              try {
                orders.save(order);
                break;
              } catch (ObjectOptimisticLockingFailureException e) {
                mailer.note("busy");
              }
            } while (true);
          }

          void fresh(long id) {
            // ok: retry-on-conflict
            while (true) {
              try {
                Order order = orders.findById(id).orElseThrow();
                order.touch();
                orders.saveAndFlush(order);
                return;
              } catch (OptimisticLockingFailureException e) {
                continue;
              }
            }
          }

          void leaves(Order order) {
            // ok: retry-on-conflict
            while (order != null) {
              try {
                orders.save(order);
              } catch (OptimisticLockingFailureException e) {
                throw new IllegalStateException(e);
              }
            }
          }

          void each(List<Order> all) {
            // ok: retry-on-conflict
            for (Order order : all) {
              try {
                orders.save(order);
              } catch (OptimisticLockingFailureException e) {
                throw e;
              }
            }
          }

          // ruleid: retry-on-conflict
          @Retryable(retryFor = OptimisticLockingFailureException.class)
          void resave(Order order) { orders.save(order); }

          // ok: retry-on-conflict
          @Retryable(retryFor = OptimisticLockingFailureException.class)
          void reload(long id) { Order o = orders.findById(id).orElseThrow(); o.touch(); orders.save(o); }

          // ok: retry-on-conflict
          @Retryable(retryFor = OptimisticLockingFailureException.class)
          void delegate(long id) { mailer.note("x"); }
        }
        """));
  }

  @Test
  void conflictsTurnedIntoSuccessAreFlaggedAndConflictAnswersAreNot() throws IOException {
    scanWithMarkers(Map.of(javaFile("NotesController"), """
        package com.acme;

        import jakarta.persistence.OptimisticLockException;
        import org.hibernate.StaleObjectStateException;
        import org.jooq.exception.DataChangedException;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.orm.ObjectOptimisticLockingFailureException;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class NotesController {
          NotesService notes;
          org.slf4j.Logger log;

          ResponseEntity<Void> a(long id) {
            try {
              notes.save(id);
            // ruleid: conflict-swallowed
            } catch (ObjectOptimisticLockingFailureException e) {
              log.warn("conflict on {}", id);
              return ResponseEntity.ok().build();
            }
            return ResponseEntity.noContent().build();
          }

          void b(long id) {
            try {
              notes.save(id);
            // ruleid: conflict-swallowed
            } catch (IllegalArgumentException | OptimisticLockException e) {
            }
          }

          boolean c(long id) {
            try {
              notes.save(id);
            // ruleid: conflict-swallowed
            } catch (DataChangedException e) {
              e.printStackTrace();
              return true;
            }
            return true;
          }

          ResponseEntity<String> d(long id) {
            try {
              notes.save(id);
            // ok: conflict-swallowed
            } catch (StaleObjectStateException e) {
              return ResponseEntity.status(HttpStatus.CONFLICT).body("reload");
            }
            return ResponseEntity.ok("saved");
          }

          boolean e(long id) {
            try {
              notes.save(id);
            // ok: conflict-swallowed
            } catch (OptimisticLockException e) {
              log.info("stale");
              return false;
            }
            return true;
          }

          void f(long id) {
            try {
              notes.save(id);
            // ok: conflict-swallowed
            } catch (RuntimeException e) {
              log.warn("failed");
            }
          }

          void g(long id) {
            try {
              notes.save(id);
            // ok: conflict-swallowed
            } catch (OptimisticLockException e) {
              notes.markConflict(id);
            }
          }
        }
        """));
  }

  @Test
  void conflictNamesMustResolveThroughImports() throws IOException {
    scanWithMarkers(Map.of(javaFile("Own"), """
        package com.acme;

        import com.acme.errors.OptimisticLockException;

        class Own {
          NotesService notes;

          void a(long id) {
            try {
              notes.save(id);
            // ok: conflict-swallowed
            } catch (OptimisticLockException e) {
            }
          }
        }
        """));
  }

  @Test
  void versionsOfClassesDeclaredInOtherFilesAreTypedFromTheProject() throws IOException {
    Report report = scanWithMarkers(Map.of(
        javaFile("Doc"), "package com.acme;\n@lombok.Getter\nclass Doc { private Long version; }\n",
        javaFile("Base"), "package com.acme;\nclass Base { Long version; Long getVersion() { return version; } }\n",
        javaFile("Child"), "package com.acme;\nclass Child extends Base {}\n",
        javaFile("Prim"), "package com.acme;\nclass Prim { long version; long getVersion() { return version; } }\n",
        javaFile("Form"), "package com.acme;\nrecord Form(Long version) {}\n",
        javaFile("Service"), """
        package com.acme;

        class Service {
          void a(Doc doc, Form form) {
            // ruleid: version-compared-by-reference
            if (doc.getVersion() != form.version()) throw new IllegalStateException();
          }

          void b(Child child, Form form) {
            // ruleid: version-compared-by-reference
            if (child.getVersion() != form.version()) throw new IllegalStateException();
          }

          void c(Prim prim, Form form) {
            // ok: version-compared-by-reference
            if (prim.getVersion() != form.version()) throw new IllegalStateException();
          }
        }
        """));

    assertThat(report.findings()).hasSize(2).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
  }
}
