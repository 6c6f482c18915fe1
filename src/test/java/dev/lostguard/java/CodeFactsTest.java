package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodCall.Receiver;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFactsTest {

  private static final String CONTROLLER = """
      package com.acme.web;

      import com.acme.service.RuleService;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/api/rules")
      public class RuleController {
        private final RuleService service;

        public RuleController(RuleService service) {
          this.service = service;
        }

        @PutMapping("/{id}")
        @ResponseStatus(HttpStatus.OK)
        public RuleDto update(
            @PathVariable long id,
            @RequestHeader("If-Match") String ifMatch,
            @RequestBody RuleDto dto) {
          helper();
          return service.update(id, dto);
        }

        @RequestMapping(path = "/x", method = RequestMethod.PUT)
        void mapped() {}

        @PatchMapping({"/a", "/b"})
        void many() {}

        private void helper() {}
      }
      """;

  private static List<TypeFacts> types(String source) {
    return Analyzed.facts(source).types();
  }

  private static TypeFacts type(String source, String qualifiedName) {
    return types(source).stream()
        .filter(t -> t.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no type " + qualifiedName));
  }

  private static MethodFacts method(TypeFacts type, String name) {
    return type.methods().stream()
        .filter(m -> m.ref().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no method " + name));
  }

  private static AnnotationFacts annotation(List<AnnotationFacts> annotations, String qualifiedName) {
    return annotations.stream()
        .filter(a -> a.is(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no annotation " + qualifiedName));
  }

  private static MethodCall call(MethodFacts method, String name) {
    return method.calls().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no call " + name));
  }

  private static String first(TypeRef ref) {
    return ref.candidates().get(0);
  }

  /** A service {@code com.acme.Svc} with the given imports and body. */
  private static TypeFacts service(String imports, String body) {
    return type("package com.acme;\n" + imports + "\nclass Svc {\n" + body + "\n}\n", "com.acme.Svc");
  }

  @Test
  void readsControllerMappingsAtClassAndMethodLevel() {
    TypeFacts controller = type(CONTROLLER, "com.acme.web.RuleController");

    assertThat(controller.kind()).isEqualTo(TypeFacts.Kind.CLASS);
    assertThat(annotation(controller.annotations(), "org.springframework.web.bind.annotation.RestController")
        .attributes()).isEmpty();
    assertThat(annotation(controller.annotations(), "org.springframework.web.bind.annotation.RequestMapping")
        .attributes()).containsExactly(entry("value", List.of("/api/rules")));

    MethodFacts update = method(controller, "update");
    assertThat(annotation(update.annotations(), "org.springframework.web.bind.annotation.PutMapping").attributes())
        .containsExactly(entry("value", List.of("/{id}")));
    assertThat(annotation(update.annotations(), "org.springframework.web.bind.annotation.ResponseStatus")
        .attributes()).containsExactly(entry("value", List.of("HttpStatus.OK")));
    assertThat(update.isPublic()).isTrue();
    assertThat(first(update.returnType())).isEqualTo("com.acme.web.RuleDto");
    assertThat(update.ref()).isEqualTo(new MethodRef("com.acme.web.RuleController", "update", 3));

    assertThat(annotation(method(controller, "mapped").annotations(),
            "org.springframework.web.bind.annotation.RequestMapping").attributes())
        .containsExactly(entry("path", List.of("/x")), entry("method", List.of("RequestMethod.PUT")));
    assertThat(annotation(method(controller, "many").annotations(),
            "org.springframework.web.bind.annotation.PatchMapping").attributes())
        .containsExactly(entry("value", List.of("/a", "/b")));
    assertThat(method(controller, "mapped").returnType()).isNull();
    assertThat(method(controller, "helper").isPublic()).isFalse();
  }

  @Test
  void readsParameterAnnotationsAndTypes() {
    MethodFacts update = method(type(CONTROLLER, "com.acme.web.RuleController"), "update");

    assertThat(update.parameters()).extracting(p -> p.name()).containsExactly("id", "ifMatch", "dto");
    assertThat(update.parameters().get(0).type().candidates()).containsExactly("long");
    assertThat(first(update.parameters().get(2).type())).isEqualTo("com.acme.web.RuleDto");
    assertThat(annotation(update.parameters().get(1).annotations(),
            "org.springframework.web.bind.annotation.RequestHeader").attributes())
        .containsExactly(entry("value", List.of("If-Match")));
    assertThat(update.parameters().get(2).annotations())
        .singleElement()
        .satisfies(a -> assertThat(a.is("org.springframework.web.bind.annotation.RequestBody")).isTrue());
  }

  @Test
  void pointsMethodsAtTheirNameTokenBelowAnnotations() {
    TypeFacts controller = type(CONTROLLER, "com.acme.web.RuleController");

    assertThat(method(controller, "update").nameLocation().startLine()).isEqualTo(17);
    assertThat(method(controller, "update").annotations().get(0).location().startLine()).isEqualTo(15);
    assertThat(controller.nameLocation().startLine()).isEqualTo(8);
    assertThat(controller.nameLocation().startColumn()).isEqualTo(14);
    assertThat(controller.nameLocation().path()).isEqualTo("src/main/java/com/acme/Dao.java");
  }

  @Test
  void typesCallsOnConstructorInjectedFields() {
    TypeFacts controller = type(CONTROLLER, "com.acme.web.RuleController");

    assertThat(controller.injectedByConstructor()).isTrue();
    assertThat(controller.fields()).containsOnlyKeys("service");
    assertThat(first(controller.fields().get("service"))).isEqualTo("com.acme.service.RuleService");
    assertThat(method(controller, "<init>").ref().arity()).isEqualTo(1);

    MethodCall update = call(method(controller, "update"), "update");
    assertThat(update.receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(update.receiverType())).isEqualTo("com.acme.service.RuleService");
    assertThat(update.arity()).isEqualTo(2);
    assertThat(update.line()).isEqualTo(22);
  }

  @Test
  void aMethodReferenceIsACallOfAnyArityOnItsReceiver() {
    TypeFacts svc = type("""
        package com.acme;

        import com.acme.repo.OrderRepository;

        class Svc {
          private final OrderRepository repo;
          Svc(OrderRepository repo) { this.repo = repo; }
          void renameAll(java.util.Map<Long, String> names) {
            names.forEach(repo::rename);
            names.keySet().forEach(this::touch);
            names.values().stream().map(String::trim).map(StringBuilder::new).count();
          }
          void touch(Long id) {}
        }
        """, "com.acme.Svc");

    MethodFacts renameAll = method(svc, "renameAll");
    MethodCall rename = call(renameAll, "rename");
    assertThat(rename.receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(rename.receiverType())).isEqualTo("com.acme.repo.OrderRepository");
    assertThat(rename.arity()).isEqualTo(MethodCall.ANY_ARITY);
    assertThat(rename.line()).isEqualTo(9);
    assertThat(call(renameAll, "touch").receiver()).isEqualTo(Receiver.THIS);
    assertThat(call(renameAll, "trim").receiver()).isEqualTo(Receiver.STATIC);
    assertThat(renameAll.calls()).extracting(MethodCall::name).doesNotContain("new");
  }

  @Test
  void lombokRequiredArgsConstructorInjects() {
    TypeFacts svc = type("""
        package com.acme;

        import lombok.*;

        @Service
        @RequiredArgsConstructor
        class Svc {
          private final OrderRepository repo;
          void run() { repo.flush(); }
        }
        """, "com.acme.Svc");

    assertThat(svc.injectedByConstructor()).isTrue();
    assertThat(call(method(svc, "run"), "flush").receiver()).isEqualTo(Receiver.TYPED);
  }

  @Test
  void aLombokLookalikeOrAConstructorThatStoresNothingDoesNotInject() {
    assertThat(type("""
        package com.acme;
        import com.other.RequiredArgsConstructor;
        @RequiredArgsConstructor class Svc { private final OrderRepository repo; }
        """, "com.acme.Svc").injectedByConstructor()).isFalse();
    assertThat(service("", "private OrderRepository repo;\n  Svc(String s) { int repo = 1; repo = 2; }")
        .injectedByConstructor()).isFalse();
  }

  @Test
  void classifiesReceivers() {
    TypeFacts svc = service(
        "import java.util.Objects;\nimport com.acme.repo.OrderRepository;",
        """
          private final OrderRepository repo;
          Svc(OrderRepository repo) { this.repo = repo; }
          void run(Order x, Order a) {
            this.repo.save(x);
            Objects.equals(a, x);
            java.util.Objects.hash(a);
            a.b().c();
            helper();
            this.helper();
            super.toString();
            Order local = x;
            local.touch();
            var inferred = x;
            inferred.touch2();
            ((Order) a).cast();
          }
          void helper() {}
        """);
    MethodFacts run = method(svc, "run");

    assertThat(call(run, "save").receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(call(run, "save").receiverType())).isEqualTo("com.acme.repo.OrderRepository");
    assertThat(call(run, "equals").receiver()).isEqualTo(Receiver.STATIC);
    assertThat(first(call(run, "equals").receiverType())).isEqualTo("java.util.Objects");
    assertThat(call(run, "hash").receiver()).isEqualTo(Receiver.STATIC);
    assertThat(first(call(run, "hash").receiverType())).isEqualTo("java.util.Objects");
    assertThat(call(run, "c").receiver()).isEqualTo(Receiver.UNKNOWN);
    assertThat(call(run, "c").receiverType()).isNull();
    assertThat(call(run, "b").receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(call(run, "b").receiverType())).isEqualTo("com.acme.Order");
    assertThat(run.calls()).filteredOn(c -> c.name().equals("helper"))
        .extracting(MethodCall::receiver)
        .containsExactly(Receiver.THIS, Receiver.THIS);
    assertThat(first(call(run, "helper").receiverType())).isEqualTo("com.acme.Svc");
    assertThat(call(run, "toString").receiver()).isEqualTo(Receiver.SUPER);
    assertThat(call(run, "touch").receiver()).isEqualTo(Receiver.TYPED);
    assertThat(call(run, "touch2").receiver()).isEqualTo(Receiver.UNKNOWN);
    assertThat(call(run, "cast").receiver()).isEqualTo(Receiver.UNKNOWN);
  }

  @Test
  void typesALocalThatAFactoryOfTheClassItIsGivenInitialises() {
    TypeFacts svc = service(
        "import com.acme.dao.PolicyDao;\nimport org.jdbi.v3.core.Handle;",
        """
          void run(Handle handle) {
            var dao = handle.attach(PolicyDao.class);
            dao.update();
            var other = handle.select(PolicyDao.class);
            other.update2();
          }
        """);
    MethodFacts run = method(svc, "run");

    assertThat(call(run, "update").receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(call(run, "update").receiverType())).isEqualTo("com.acme.dao.PolicyDao");
    assertThat(call(run, "update2").receiver()).isEqualTo(Receiver.UNKNOWN);
  }

  @Test
  void typesACallOnWhatAFactoryOfTheClassItIsGivenReturnsOrOnANewObject() {
    TypeFacts svc = service(
        "import com.acme.dao.PolicyDao;\nimport com.acme.dao.DaoFactory;\nimport org.jdbi.v3.core.Handle;",
        """
          DaoFactory daos;
          void run(Handle handle) {
            daos.get(PolicyDao.class).update();
            handle.attach(PolicyDao.class).update2();
            daos.select(PolicyDao.class).update3();
            Database.dao(PolicyDao.class).update4();
            new PolicyDao().update5();
          }
        """);
    MethodFacts run = method(svc, "run");

    assertThat(first(call(run, "update").receiverType())).isEqualTo("com.acme.dao.PolicyDao");
    assertThat(first(call(run, "update2").receiverType())).isEqualTo("com.acme.dao.PolicyDao");
    assertThat(call(run, "update3").receiver()).isEqualTo(Receiver.UNKNOWN);
    assertThat(first(call(run, "update4").receiverType())).isEqualTo("com.acme.dao.PolicyDao");
    assertThat(first(call(run, "update5").receiverType())).isEqualTo("com.acme.dao.PolicyDao");
  }

  @Test
  void typesCallsOnWhatAnInjectedProviderHandsOut() {
    TypeFacts svc = service(
        """
        import jakarta.inject.Provider;
        import org.springframework.beans.factory.ObjectProvider;
        import dagger.Lazy;
        import java.util.function.Supplier;
        import com.acme.service.ActivityService;
        import com.acme.service.AuditService;
        import com.acme.service.MailService;
        import com.acme.service.CacheService;""",
        """
          private final Provider<ActivityService> activities;
          private final ObjectProvider<AuditService> audits;
          Svc(Provider<ActivityService> activities, ObjectProvider<AuditService> audits) {
            this.activities = activities;
            this.audits = audits;
          }
          void run(Lazy<MailService> mail, Supplier<CacheService> cache) {
            activities.get().update(1);
            (this.audits.getIfAvailable()).record(1, 2);
            mail.get().send();
            cache.get().evict();
          }
        """);

    MethodFacts run = method(svc, "run");
    assertThat(List.of("update", "record", "send", "evict"))
        .extracting(name -> call(run, name).receiver())
        .containsOnly(Receiver.TYPED);
    assertThat(List.of("update", "record", "send", "evict"))
        .extracting(name -> first(call(run, name).receiverType()))
        .containsExactly(
            "com.acme.service.ActivityService",
            "com.acme.service.AuditService",
            "com.acme.service.MailService",
            "com.acme.service.CacheService");
  }

  @Test
  void aProviderLookalikeOrAnotherAccessorTypesNothing() {
    TypeFacts svc = service(
        """
        import com.other.Provider;
        import com.acme.service.ActivityService;""",
        """
          private final Provider<ActivityService> activities;
          private final jakarta.inject.Provider<?> anything;
          void run(jakarta.inject.Provider<ActivityService> injected) {
            activities.get().update(1);
            anything.get().touch();
            injected.toString().length();
          }
        """);

    MethodFacts run = method(svc, "run");
    assertThat(List.of("update", "touch", "length"))
        .extracting(name -> call(run, name).receiver())
        .containsOnly(Receiver.UNKNOWN);
  }

  @Test
  void keepsCallsInSourceOrderIncludingArgumentsAndLambdas() {
    TypeFacts svc = service("", """
          void run(Repo repo, java.util.List<Order> orders) {
            repo.save(load(1));
            orders.forEach(o -> repo.delete(o));
            a().b().c();
          }
        """);

    assertThat(method(svc, "run").calls()).extracting(MethodCall::name)
        .containsExactly("save", "load", "forEach", "delete", "a", "b", "c");
    assertThat(call(method(svc, "run"), "delete").receiver()).isEqualTo(Receiver.TYPED);
  }

  @Test
  void aCallOnWhatAMethodOfThisClassReturnsIsTypedByItsDeclaredReturnType() {
    TypeFacts svc = service("import com.acme.repo.OrderRepository;", """
          private OrderRepository orders() { return null; }
          private <T> T any() { return null; }
          void run() {
            orders().save(null);
            this.orders().delete(null);
            any().load(null);
          }
        """);

    MethodCall save = call(method(svc, "run"), "save");
    assertThat(save.receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(save.receiverType())).isEqualTo("com.acme.repo.OrderRepository");
    assertThat(first(call(method(svc, "run"), "delete").receiverType())).isEqualTo("com.acme.repo.OrderRepository");
    assertThat(call(method(svc, "run"), "load").receiverType()).satisfiesAnyOf(
        type -> assertThat(type).isNull(), type -> assertThat(first(type)).doesNotContain("OrderRepository"));
  }

  @Test
  void foldsAnonymousClassMethodsIntoTheEnclosingMethod() {
    TypeFacts svc = service("", """
          void run(Repo repo) {
            Runnable r = new Runnable() {
              public void run() { repo.save(null); }
            };
          }
        """);

    assertThat(svc.methods()).extracting(m -> m.ref().name()).containsExactly("run");
    assertThat(call(svc.methods().get(0), "save").receiver()).isEqualTo(Receiver.TYPED);
  }

  @Test
  void readsRepositoryInterfacesWithTypeArgumentsAndAbstractMethods() {
    TypeFacts repository = type("""
        package com.acme.repo;

        import com.acme.domain.Order;
        import java.util.List;
        import org.springframework.data.jpa.repository.*;

        public interface OrderRepository extends JpaRepository<Order, Long> {
          List<Order> findByStatus(String status);

          @Modifying
          @Query("update Order o set o.status = :s")
          int setStatus(String s);

          private void hidden() {}
        }
        """, "com.acme.repo.OrderRepository");

    assertThat(repository.kind()).isEqualTo(TypeFacts.Kind.INTERFACE);
    TypeRef supertype = repository.supertypes().get(0);
    assertThat(supertype.candidates()).contains("org.springframework.data.jpa.repository.JpaRepository");
    assertThat(supertype.arguments()).extracting(TypeRef::simpleName).containsExactly("Order", "Long");
    assertThat(first(supertype.arguments().get(0))).isEqualTo("com.acme.domain.Order");
    assertThat(repository.methods()).extracting(m -> m.ref().name()).containsExactly("findByStatus", "setStatus", "hidden");
    MethodFacts findByStatus = method(repository, "findByStatus");
    assertThat(findByStatus.isPublic()).isTrue();
    assertThat(findByStatus.calls()).isEmpty();
    assertThat(first(findByStatus.returnType())).isEqualTo("java.util.List");
    assertThat(first(findByStatus.returnType().arguments().get(0))).isEqualTo("com.acme.domain.Order");
    assertThat(annotation(method(repository, "setStatus").annotations(),
            "org.springframework.data.jpa.repository.Query").attributes())
        .containsExactly(entry("value", List.of("update Order o set o.status = :s")));
    assertThat(method(repository, "hidden").isPublic()).isFalse();
  }

  @Test
  void qualifiesNestedTypesWithTheirOuterNames() {
    List<TypeFacts> types = types("""
        package com.acme;

        class Outer {
          static class Inner {
            void go() { Deep.make(); }
            class Deep { static void make() {} }
          }
          Inner inner;
          void use() { inner.go(); }
        }
        """);

    assertThat(types).extracting(TypeFacts::qualifiedName)
        .containsExactly("com.acme.Outer", "com.acme.Outer.Inner", "com.acme.Outer.Inner.Deep");
    assertThat(first(types.get(0).fields().get("inner"))).isEqualTo("com.acme.Outer.Inner");
    MethodCall make = types.get(1).methods().get(0).calls().get(0);
    assertThat(make.receiver()).isEqualTo(Receiver.STATIC);
    assertThat(first(make.receiverType())).isEqualTo("com.acme.Outer.Inner.Deep");
    assertThat(types.get(2).methods().get(0).ref())
        .isEqualTo(new MethodRef("com.acme.Outer.Inner.Deep", "make", 0));
  }

  @Test
  void givesOverloadsTheirArity() {
    TypeFacts svc = service("", """
          void save(Order o) {}
          void save(Order o, boolean flush) {}
          void save(Order... all) {}
          void run(Order o) { save(o, true); }
        """);

    assertThat(svc.methods()).extracting(m -> m.ref().arity()).containsExactly(1, 2, 1, 1);
    assertThat(method(svc, "run").calls()).singleElement().satisfies(c -> assertThat(c.arity()).isEqualTo(2));
    assertThat(svc.methods().get(2).parameters().get(0).type().candidates()).first().isEqualTo("com.acme.Order[]");
  }

  @Test
  void readsEnumsAndRecords() {
    List<TypeFacts> types = types("""
        package com.acme;

        import java.util.Objects;

        enum Status implements Labelled {
          OPEN { String label() { return Objects.toString("o"); } },
          CLOSED;
          String label() { return name(); }
        }

        record Money(long amount, Currency currency) implements Comparable<Money> {
          Money {
            Objects.requireNonNull(currency);
          }
          public int compareTo(Money other) { return currency.compare(other); }
        }
        """);

    TypeFacts status = types.get(0);
    assertThat(status.kind()).isEqualTo(TypeFacts.Kind.ENUM);
    assertThat(status.supertypes()).extracting(CodeFactsTest::first).containsExactly("com.acme.Labelled");
    assertThat(status.methods()).extracting(m -> m.ref().name()).containsExactly("label", "label");

    TypeFacts money = types.get(1);
    assertThat(money.kind()).isEqualTo(TypeFacts.Kind.RECORD);
    assertThat(money.injectedByConstructor()).isTrue();
    assertThat(money.fields()).containsOnlyKeys("amount", "currency");
    assertThat(money.supertypes().get(0).arguments()).extracting(CodeFactsTest::first).containsExactly("com.acme.Money");
    assertThat(money.methods()).extracting(MethodFacts::ref)
        .containsExactly(new MethodRef("com.acme.Money", "<init>", 2), new MethodRef("com.acme.Money", "compareTo", 1));
    assertThat(call(method(money, "compareTo"), "compare").receiver()).isEqualTo(Receiver.TYPED);
    assertThat(first(call(method(money, "compareTo"), "compare").receiverType())).isEqualTo("com.acme.Currency");
  }

  @Test
  void readsAnnotationArraysOfClassesAndNamedAttributes() {
    TypeFacts svc = service(
        "import org.springframework.retry.annotation.Retryable;",
        "@Retryable(value = {OptimisticLockException.class}, maxAttempts = 3)\n  void save() {}");

    assertThat(annotation(method(svc, "save").annotations(), "org.springframework.retry.annotation.Retryable")
        .attributes())
        .containsExactly(entry("value", List.of("OptimisticLockException.class")), entry("maxAttempts", List.of("3")));
  }
}
