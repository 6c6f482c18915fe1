package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ConflictCatch;
import dev.lostguard.model.ConflictMapping;
import dev.lostguard.model.ConflictRetry;
import dev.lostguard.model.FreshnessCheck;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.VersionComparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictPatternsTest {

  @Test
  void comparisonOperandsCarryTheirDeclaredTypesOrTheUnresolvedGetter() {
    String source = """
        package com.acme;
        import com.acme.model.Order;
        class Dao {
          private Integer version;
          void check(Order order, long expected) {
            if (order.getVersion() != this.version) return;
            if (version == expected) return;
          }
        }
        """;

    List<VersionComparison> comparisons = Analyzed.patterns(source, VersionComparison.class);

    assertThat(comparisons).hasSize(2);
    VersionComparison first = comparisons.get(0);
    assertThat(first.method()).isEqualTo(new MethodRef("com.acme.Dao", "check", 2));
    assertThat(first.operator()).isEqualTo("!=");
    assertThat(first.location().startLine()).isEqualTo(6);
    assertThat(first.left().typeKnown()).isFalse();
    assertThat(first.left().getter()).isEqualTo("getVersion");
    assertThat(first.left().getterOwner().candidates()).first().isEqualTo("com.acme.model.Order");
    assertThat(first.right().declaredType()).isEqualTo("Integer");
    assertThat(first.right().boxed()).isTrue();
    assertThat(comparisons.get(1).right().primitive()).isTrue();
  }

  @Test
  void lombokAndRecordGettersOfTheSameFileAreTyped() {
    String source = """
        package com.acme;
        import lombok.Data;
        class Dao {
          @Data static class Doc { private Long version; }
          record Form(Long version) {}
          boolean same(Doc doc, Form form) { return doc.getVersion() == form.version(); }
        }
        """;

    VersionComparison comparison = Analyzed.patterns(source, VersionComparison.class).get(0);

    assertThat(comparison.left().boxed()).isTrue();
    assertThat(comparison.right().boxed()).isTrue();
  }

  @Test
  void comparisonsNotNamingAVersionOrWithLiteralsAreNotRecorded() {
    String source = """
        package com.acme;
        class Dao {
          boolean check(Long version, Long id, Long other) {
            return version == null || version == 1L || id == other;
          }
        }
        """;

    assertThat(Analyzed.patterns(source, VersionComparison.class)).isEmpty();
  }

  @Test
  void retriesRecordTheirMechanismReloadAndController() {
    String source = """
        package com.acme;
        import org.springframework.dao.OptimisticLockingFailureException;
        import org.springframework.retry.annotation.Retryable;
        import org.springframework.web.bind.annotation.RestController;
        @RestController
        class Dao {
          Repo repo;
          @Retryable(retryFor = OptimisticLockingFailureException.class)
          void a(long id) { repo.save(repo.findById(id)); }
          void b(Object entity) {
            while (true) {
              try { repo.save(entity); return; } catch (OptimisticLockingFailureException e) { }
            }
          }
        }
        """;

    List<ConflictRetry> retries = Analyzed.patterns(source, ConflictRetry.class);

    assertThat(retries).extracting(ConflictRetry::mechanism).containsExactly("@Retryable", "loop");
    assertThat(retries).extracting(ConflictRetry::reloadsState).containsExactly(true, false);
    assertThat(retries).allMatch(ConflictRetry::inWebController);
    assertThat(retries).extracting(r -> r.location().startLine()).containsExactly(8, 11);
    assertThat(retries.get(0).exception()).isEqualTo("OptimisticLockingFailureException");
  }

  @Test
  void aSwallowingCatchRecordsWhatTheCallerSees() {
    String source = """
        package com.acme;
        import javax.persistence.OptimisticLockException;
        class Dao {
          Repo repo;
          Object a(long id) {
            try { return repo.save(id); }
            catch (OptimisticLockException e) { return repo.findById(id); }
          }
        }
        """;

    ConflictCatch caught = Analyzed.patterns(source, ConflictCatch.class).get(0);

    assertThat(caught.outcome()).isEqualTo("returns `repo.findById(id)`");
    assertThat(caught.location().startLine()).isEqualTo(7);
    assertThat(caught.inWebController()).isFalse();
  }

  @Test
  void exceptionHandlersAndMappersRecordTheStatusTheyAnswer() {
    String advice = """
        package com.acme;
        import org.springframework.http.HttpStatus;
        import org.springframework.orm.ObjectOptimisticLockingFailureException;
        import org.springframework.web.bind.annotation.ExceptionHandler;
        import org.springframework.web.bind.annotation.ResponseStatus;
        class Dao {
          @ExceptionHandler
          @ResponseStatus(HttpStatus.CONFLICT)
          void conflict(ObjectOptimisticLockingFailureException e) { }
        }
        """;
    String mapper = """
        package com.acme;
        import jakarta.persistence.OptimisticLockException;
        import jakarta.ws.rs.core.Response;
        import jakarta.ws.rs.ext.ExceptionMapper;
        class Dao implements ExceptionMapper<OptimisticLockException> {
          public Response toResponse(OptimisticLockException e) { return Response.status(412).build(); }
        }
        """;

    assertThat(Analyzed.patterns(advice, ConflictMapping.class)).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(409);
      assertThat(m.method().name()).isEqualTo("conflict");
    });
    assertThat(Analyzed.patterns(mapper, ConflictMapping.class)).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(412);
      assertThat(m.exception()).isEqualTo("OptimisticLockException");
    });
  }

  @Test
  void theVocabularyIsShippedAndSkipsFilesThatNameNoConflict() {
    ConflictVocabulary vocabulary = ConflictVocabulary.builtIn();

    TextGates gates = new TextGates(vocabulary);
    assertThat(gates.of("class A { void save() {} }").conflict()).isFalse();
    assertThat(gates.of("catch (DataChangedException e)").conflict()).isTrue();
    assertThat(gates.of("Long version;").conflict()).isTrue();
  }

  @Test
  void aConflictThrownWhenALastModifiedValueDiffersIsAFreshnessCheck() {
    String source = """
        package com.acme;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.server.ResponseStatusException;
        class Checks {
          static void assertFresh(Doc sent, Doc stored) {
            if (!sameUpdatedAt(sent, stored)) {
              throw new ResponseStatusException(HttpStatus.CONFLICT, "changed by someone else");
            }
          }
          void checkRevision(Doc sent, Doc stored) {
            if (sent.getRevision() != stored.getRevision()) throw new StaleDocumentException();
          }
          void verifyTimestampHasNotChanged(Doc sent, Doc stored) {
            if (!stored.getModified().equals(sent.getModified())) {
              throw new ConcurrencyException(sent.getId());
            }
          }
        }
        """;

    List<FreshnessCheck> checks = Analyzed.patterns(source, FreshnessCheck.class);

    assertThat(checks).extracting(c -> c.method().name())
        .containsExactly("assertFresh", "checkRevision", "verifyTimestampHasNotChanged");
    assertThat(checks.get(0).condition()).isEqualTo("!sameUpdatedAt(sent, stored)");
    assertThat(checks.get(0).location().startLine()).isEqualTo(7);
  }

  @Test
  void conflictsAboutOtherThingsAndOtherExceptionsAboutVersionsAreNoFreshnessChecks() {
    String source = """
        package com.acme;
        class Checks {
          void create(Form form) {
            if (repository.existsByName(form.getName())) {
              throw new ConflictException("name taken");
            }
            if (form.getVersion() == null) {
              throw new IllegalArgumentException("version missing");
            }
            Runnable r = () -> { throw new ConflictException("in a lambda"); };
            if (ifMatch != null && !ifMatch.equals(etagOf(form.getVersion()))) {
              throw new ConflictException("skipped when the client sends no If-Match");
            }
          }
        }
        """;

    assertThat(Analyzed.patterns(source, FreshnessCheck.class)).isEmpty();
  }
}
