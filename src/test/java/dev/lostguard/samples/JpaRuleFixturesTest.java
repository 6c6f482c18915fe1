package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Focused tests of the JPA write paths (entity manager, Hibernate session, dirty checking) and the
 * rule halves that read them: inline Spring projects held to their markers.
 */
class JpaRuleFixturesTest {

  @TempDir Path project;

  private Report scanWithMarkers(Map<String, String> files) throws IOException {
    return MarkedProject.scan(project, files);
  }

  private static String javaFile(String name) {
    return "src/main/java/com/acme/" + name + ".java";
  }

  private static String entity(String name, boolean versioned, String marker) {
    return """
        package com.acme;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Version;

        @Entity
        %s
        public class %s {
          @Id Long id;
          String name;
          String note;
          %s
          public void setName(String name) { this.name = name; }
          public void setNote(String note) { this.note = note; }
        }
        """.formatted(marker, name, versioned ? "@Version Long version;\n  public Long getVersion() { return version; }" : "");
  }

  private static final String CONTROLLER = """
      package com.acme;

      import org.springframework.web.bind.annotation.PathVariable;
      import org.springframework.web.bind.annotation.PutMapping;
      import org.springframework.web.bind.annotation.RequestBody;
      import org.springframework.web.bind.annotation.RestController;

      @RestController
      class Controller {
        Service service;

        @PutMapping("/a/{id}")
        void a(@PathVariable long id, @RequestBody Form form) { service.a(id, form); }

        @PutMapping("/b/{id}")
        void b(@PathVariable long id, @RequestBody Form form) { service.b(id, form); }

        @PutMapping("/c/{id}")
        void c(@PathVariable long id, @RequestBody Form form) { service.c(id, form); }
      }
      """;

  private static Map<String, String> project(String service, String... entities) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(javaFile("Controller"), CONTROLLER);
    files.put(javaFile("Form"), "package com.acme;\nrecord Form(String name, String note, Long version) {}\n");
    files.put(javaFile("Service"), service);
    for (int i = 0; i + 1 < entities.length; i += 2) {
      files.put(javaFile(entities[i]), entities[i + 1]);
    }
    return files;
  }

  @Test
  void aSaveInAMethodNamedAsACreationIsAnInsertAfterAnExistenceCheck() throws IOException {
    Map<String, String> files = project("""
        package com.acme;

        class Service {
          VenueRepository venues;
          StageRepository stages;

          void a(long id, Form form) {
            Venue venue = venues.findById(id).orElseThrow();
            venue.setName(form.name());
            venue.setNote(form.note());
            venues.save(venue);
          }

          void b(long id, Form form) {
            addStage(form);
          }

          void c(long id, Form form) {}

          Stage addStage(Form form) {
            if (stages.findByName(form.name()) != null) {
              throw new IllegalStateException("stage exists");
            }
            Stage stage = new Stage();
            stage.setName(form.name());
            return stages.save(stage);
          }
        }
        """,
        "Venue", entity("Venue", false, "// ruleid: entity-without-version"),
        "Stage", entity("Stage", false, "// ok: entity-without-version"));
    files.put(javaFile("VenueRepository"), """
        package com.acme;
        import org.springframework.data.jpa.repository.JpaRepository;
        interface VenueRepository extends JpaRepository<Venue, Long> {}
        """);
    files.put(javaFile("StageRepository"), """
        package com.acme;
        import org.springframework.data.jpa.repository.JpaRepository;
        interface StageRepository extends JpaRepository<Stage, Long> { Stage findByName(String name); }
        """);

    Report report = scanWithMarkers(files);

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("entity-without-version"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("Venue"));
  }

  @Test
  void aLoadedEntityChangedInOneShortValueAloneIsACommand() throws IOException {
    Report report = scanWithMarkers(project("""
        package com.acme;

        import org.springframework.transaction.annotation.Transactional;

        class Service {
          VenueRepository venues;
          StageRepository stages;

          void a(long id, Form form) {
            Venue venue = venues.findById(id).orElseThrow();
            venue.setName(form.name());
            venues.save(venue);
          }

          @Transactional
          void b(long id, Form form) {
            Stage stage = stages.findById(id).orElseThrow();
            stage.setName(form.name());
            stage.setNote(form.note());
          }

          void c(long id, Form form) {}
        }
        """,
        "Venue", entity("Venue", false, "// ok: entity-without-version"),
        "Stage", entity("Stage", false, "// ruleid: entity-without-version"),
        "VenueRepository", "package com.acme;\ninterface VenueRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Venue, Long> {}\n",
        "StageRepository", "package com.acme;\ninterface StageRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Stage, Long> {}\n"));

    assertThat(report.findings()).extracting(f -> f.ruleId()).containsExactly("entity-without-version");
  }

  @Test
  void entityManagerMergeAfterALoadAndSessionUpdateWriteAnEntityButPersistDoesNot() throws IOException {
    Report report = scanWithMarkers(project("""
        package com.acme;

        import jakarta.persistence.EntityManager;
        import org.hibernate.SessionFactory;

        class Service {
          EntityManager em;
          SessionFactory sessions;

          void a(long id, Form form) {
            Venue venue = em.find(Venue.class, id);
            venue.setName(form.name());
            em.merge(venue);
          }

          void b(long id, Form form) {
            Stage stage = new Stage();
            sessions.getCurrentSession().update(stage);
          }

          void c(long id, Form form) {
            Ticket ticket = new Ticket();
            em.persist(ticket);
          }
        }
        """,
        "Venue", entity("Venue", false, "// ruleid: entity-without-version"),
        "Stage", entity("Stage", false, "// ruleid: entity-without-version"),
        "Ticket", entity("Ticket", false, "// ok: entity-without-version")));

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("entity-without-version"))
        .flatExtracting(Finding::relatedLocations)
        .extracting(r -> r.message())
        .anySatisfy(m -> assertThat(m).startsWith("merged here"))
        .anySatisfy(m -> assertThat(m).startsWith("updated here"));
  }

  @Test
  void settersOnAnEntityLoadedInATransactionalMethodAreADirtyCheckedWriteUnlessReadOnly() throws IOException {
    Report report = scanWithMarkers(project("""
        package com.acme;

        import org.springframework.transaction.annotation.Transactional;

        class Service {
          VenueRepository venues;
          StageRepository stages;

          @Transactional
          void a(long id, Form form) {
            Venue venue = venues.findById(id).orElseThrow();
            venue.setName(form.name());
            venue.setNote(form.note());
          }

          @Transactional(readOnly = true)
          void b(long id, Form form) {
            Stage stage = stages.findById(id).orElseThrow();
            stage.setName(form.name());
          }

          void c(long id, Form form) {
            Stage stage = stages.getReferenceById(id);
            stage.setNote(form.note());
          }
        }
        """,
        "Venue", entity("Venue", false, "// ruleid: entity-without-version"),
        "Stage", entity("Stage", false, "// ok: entity-without-version"),
        "VenueRepository", "package com.acme;\ninterface VenueRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Venue, Long> {}\n",
        "StageRepository", "package com.acme;\ninterface StageRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Stage, Long> {}\n"));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.relatedLocations()).singleElement()
          .satisfies(r -> assertThat(r.message()).contains("written by the commit", "PUT /a/{id}"));
    });
  }

  @Test
  void aDirtyCheckedCopyOfTheFormIsClientVersionDroppedButAOneFieldToggleIsNot() throws IOException {
    Map<String, String> files = project("""
        package com.acme;

        import jakarta.persistence.EntityManager;
        import org.springframework.transaction.annotation.Transactional;

        @Transactional
        class Service {
          EntityManager em;

          void a(long id, Form form) {
            Venue venue = em.find(Venue.class, id);
            venue.setName(form.name());
            venue.setNote(form.note());
          }

          void b(long id, Form form) {
            Venue venue = em.find(Venue.class, id);
            venue.setActive(false);
          }

          void c(long id, Form form) {
            Venue venue = em.find(Venue.class, id);
            venue.setNote(form.note());
            venue.setVersion(form.version());
          }
        }
        """,
        "Venue", """
        package com.acme;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Version;

        @Entity
        public class Venue {
          @Id Long id;
          String name;
          String note;
          boolean active;
          @Version Long version;
          public void setName(String name) { this.name = name; }
          public void setNote(String note) { this.note = note; }
          public void setActive(boolean active) { this.active = active; }
          public void setVersion(Long version) { this.version = version; }
        }
        """);
    files.put(javaFile("Controller"), CONTROLLER
        .replace("void a(", "// ruleid: client-version-dropped\n  void a(")
        .replace("void b(", "// ok: client-version-dropped\n  void b(")
        .replace("void c(", "// ruleid: client-version-dropped\n  void c(")
        .replace("class Controller {", "class Controller {\n  // ok: conflict-swallowed")
        .replace("@RestController", "@org.springframework.web.bind.annotation.ControllerAdvice class Advice {\n"
            + "  @org.springframework.web.bind.annotation.ExceptionHandler("
            + "org.springframework.orm.ObjectOptimisticLockingFailureException.class)\n"
            + "  void conflict() {}\n}\n\n@RestController"));
    Report report = scanWithMarkers(files);

    assertThat(report.findings()).extracting(Finding::message)
        .allSatisfy(m -> assertThat(m).contains("copies the request onto it"));
  }

  @Test
  void endpointsWritingVersionedEntitiesWithNoConflictMappingGiveOneFindingAtTheFirstEndpoint() throws IOException {
    Map<String, String> files = project("""
        package com.acme;

        class Service {
          VenueRepository venues;

          void a(long id, Form form) {
            Venue venue = venues.findById(id).orElseThrow();
            if (!java.util.Objects.equals(venue.getVersion(), form.version())) throw new IllegalStateException();
            venue.setName(form.name());
            venues.save(venue);
          }

          void b(long id, Form form) { a(id, form); }

          void c(long id, Form form) { }
        }
        """,
        "Venue", entity("Venue", true, ""),
        "VenueRepository", "package com.acme;\ninterface VenueRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Venue, Long> {}\n");
    files.put(javaFile("Controller"), CONTROLLER
        .replace("@PutMapping(\"/a/{id}\")", "@PutMapping(\"/a/{id}\")\n  // ruleid: conflict-swallowed")
        .replace("@PutMapping(\"/c/{id}\")", "@PutMapping(\"/c/{id}\")\n  // ok: conflict-swallowed"));
    Report report = scanWithMarkers(files);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("2 endpoint(s)", "PUT /a/{id}", "Venue", "409");
      assertThat(f.relatedLocations()).singleElement().satisfies(r -> assertThat(r.message()).contains("PUT /b/{id}"));
    });
  }

  @Test
  void aCatchAnsweringConflictCountsAsAMapping() throws IOException {
    Report report = scanWithMarkers(project("""
        package com.acme;

        import org.springframework.orm.ObjectOptimisticLockingFailureException;
        import org.springframework.web.server.ResponseStatusException;
        import static org.springframework.http.HttpStatus.CONFLICT;

        class Service {
          VenueRepository venues;

          void a(long id, Form form) {
            try {
              Venue venue = venues.findById(id).orElseThrow();
              venues.save(venue);
            } catch (ObjectOptimisticLockingFailureException e) {
              throw new ResponseStatusException(CONFLICT);
            }
          }

          void b(long id, Form form) { }

          void c(long id, Form form) { }
        }
        """,
        "Venue", entity("Venue", true, ""),
        "VenueRepository", "package com.acme;\ninterface VenueRepository extends"
            + " org.springframework.data.jpa.repository.JpaRepository<Venue, Long> {}\n"));

    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("conflict-swallowed");
  }

  @Test
  void zeroRowsOfAVersionCheckedUpdateAnsweredAsSuccessAreSwallowedConflicts() throws IOException {
    Map<String, String> files = project("""
        package com.acme;

        import org.springframework.jdbc.core.JdbcTemplate;

        class Service {
          JdbcTemplate jdbc;
          java.util.List<String> names;

          boolean a(long id, Form form) {
            int n = jdbc.update("UPDATE venue SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.name(), id, form.version());
            // ruleid: conflict-swallowed
            if (n == 0) return true;
            // ok: conflict-swallowed
            if (names.size() == 0) return true;
            return true;
          }

          void b(long id, Form form) {
            int n = jdbc.update("UPDATE venue SET note = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.note(), id, form.version());
            // ruleid: conflict-swallowed
            if (n < 1) {
              System.out.println("venue changed meanwhile");
            }
          }

          boolean c(long id, Form form) {
            int n = jdbc.update("UPDATE venue SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.name(), id, form.version());
            // ok: conflict-swallowed
            if (n == 0) {
              return false;
            }
            // ok: conflict-swallowed
            if (0 == n) {
              throw new IllegalStateException("stale");
            }
            return true;
          }

          boolean job(long id, Form form) {
            int n = jdbc.update("UPDATE venue SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.name(), id, form.version());
            // ok: conflict-swallowed
            if (n == 0) return true;
            return true;
          }
        }
        """);
    files.put("src/main/resources/db/migration/V1__venue.sql",
        "CREATE TABLE venue (id BIGINT PRIMARY KEY, name TEXT, note TEXT, version BIGINT NOT NULL);\n");
    Report report = scanWithMarkers(files);

    assertThat(report.findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("Service.a", "for 0 rows", "returns `true`"))
        .anySatisfy(m -> assertThat(m).contains("Service.b", "logged"));
  }

  @Test
  void aVersionTheHandlerSelectsItselfIsClientVersionDropped() throws IOException {
    Map<String, String> files = project("""
        package com.acme;

        import org.springframework.jdbc.core.JdbcTemplate;

        class Service {
          JdbcTemplate jdbc;

          void a(long id, Form form) {
            Long current = jdbc.queryForObject("SELECT version FROM venue WHERE id = ?", Long.class, id);
            int n = jdbc.update("UPDATE venue SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.name(), id, current);
            if (n == 0) throw new IllegalStateException("stale");
          }

          void b(long id, Form form) {
            int n = jdbc.update("UPDATE venue SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                form.name(), id, form.version());
            if (n == 0) throw new IllegalStateException("stale");
            Long next = jdbc.queryForObject("SELECT version FROM venue WHERE id = ?", Long.class, id);
          }

          void c(long id, Form form) { }
        }
        """);
    files.put(javaFile("Controller"), CONTROLLER
        .replace("void a(", "// ruleid: client-version-dropped\n  void a(")
        .replace("void b(", "// ok: client-version-dropped\n  void b("));
    files.put("src/main/resources/db/migration/V1__venue.sql",
        "CREATE TABLE venue (id BIGINT PRIMARY KEY, name TEXT, note TEXT, version BIGINT NOT NULL);\n");
    Report report = scanWithMarkers(files);

    assertThat(report.findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("reads the version of venue itself", "Service.a"));
  }
}
