package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ForceIncrement;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PersistenceCall;
import dev.lostguard.model.PreconditionCall;
import dev.lostguard.model.WeakEtag;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistencePatternsTest {

  @Test
  void entityManagerAndSessionCallsAreTypedThroughImportsAndSessionGetters() {
    String source = """
        package com.acme;
        import jakarta.persistence.EntityManager;
        import org.hibernate.SessionFactory;
        import com.acme.model.Venue;
        class Dao {
          private EntityManager em;
          private SessionFactory sessions;
          Venue load(long id) { return em.find(Venue.class, id); }
          void store(Venue venue) { em.merge(venue); }
          void replace(Venue venue) { sessions.getCurrentSession().update(venue); }
          void add() { em.persist(new Venue()); }
        }
        """;

    List<PersistenceCall> calls = Analyzed.patterns(source, PersistenceCall.class);

    assertThat(calls).extracting(PersistenceCall::operation).containsExactly("find", "merge", "update", "persist");
    assertThat(calls).allSatisfy(c -> assertThat(c.entity().candidates()).first().isEqualTo("com.acme.model.Venue"));
    assertThat(calls.get(0).loads()).isTrue();
    assertThat(calls.get(1).writes()).isTrue();
    assertThat(calls.get(1).method()).isEqualTo(new MethodRef("com.acme.Dao", "store", 1));
  }

  @Test
  void aProjectClassNamedSessionIsNoHibernateSession() {
    String source = """
        package com.acme;
        class Cart {
          private Session session;
          void save(Item item) { session.update(item); session.merge(item); }
        }
        """;

    assertThat(Analyzed.patterns(source, PersistenceCall.class)).isEmpty();
  }

  @Test
  void forceIncrementsAreFoundInBodiesAndOnRepositoryMethods() {
    String source = """
        package com.acme;
        import jakarta.persistence.LockModeType;
        import org.springframework.data.jpa.repository.Lock;
        interface Repo {
          @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
          Object findLockedById(Long id);
        }
        class Dao {
          jakarta.persistence.EntityManager em;
          void touch(Object o) { em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT); em.lock(o, LockModeType.OPTIMISTIC); }
        }
        """;

    assertThat(Analyzed.patterns(source, ForceIncrement.class))
        .extracting(ForceIncrement::method, ForceIncrement::mode)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(new MethodRef("com.acme.Repo", "findLockedById", 1),
                "PESSIMISTIC_FORCE_INCREMENT"),
            org.assertj.core.api.Assertions.tuple(new MethodRef("com.acme.Dao", "touch", 1),
                "OPTIMISTIC_FORCE_INCREMENT"));
  }

  @Test
  void preconditionResultsThrownAwayAndWeakTagsAreRecorded() {
    String source = """
        package com.acme;
        import jakarta.ws.rs.core.EntityTag;
        import jakarta.ws.rs.core.Request;
        class Resource {
          Object ignored(Request request, EntityTag tag) { request.evaluatePreconditions(tag); return null; }
          Object used(Request request, EntityTag tag) {
            var stale = request.evaluatePreconditions(tag);
            return stale == null ? "ok" : stale;
          }
          Object weak(Request request) { return request.evaluatePreconditions(new EntityTag("1", true)); }
          String text(long v) { return "W/\\"" + v + "\\""; }
        }
        """;

    assertThat(Analyzed.patterns(source, PreconditionCall.class)).extracting(PreconditionCall::resultUsed)
        .containsExactly(false, true, true);
    assertThat(Analyzed.patterns(source, WeakEtag.class)).extracting(w -> w.method().name()).containsExactly("weak", "text");
  }
}
