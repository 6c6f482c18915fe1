package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.generic;
import static dev.lostguard.model.Facts.iface;
import static dev.lostguard.model.Facts.m;
import static dev.lostguard.model.Facts.onResultOf;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.self;
import static dev.lostguard.model.Facts.statically;
import static dev.lostguard.model.Facts.type;
import static dev.lostguard.model.Facts.typed;
import static dev.lostguard.model.Facts.unknown;
import static dev.lostguard.model.Facts.zuper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.rules.EntryPointModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CallGraphTest {

  private static final EntryPointModel MODEL = EntryPointModels.builtIn().model();
  private static final String WEB = "org.springframework.web.bind.annotation.";
  private static final String SERVICE = "com.shop.OrderService";

  private static CallGraph graph(TypeFacts... types) {
    return CallGraph.build(List.of(types), MODEL);
  }

  private static TypeFacts controller(String name, String route, String handler, MethodCall... calls) {
    return type(name)
        .annotated(ann(WEB + "RestController"))
        .method(handler, 1, b -> b.annotated(ann(WEB + "PutMapping", "value", route)).calls(calls))
        .build();
  }

  @Test
  void aBaseTemplateMethodRunsOnlyTheOverrideOfTheObjectItIsCalledOn() {
    TypeFacts base = type("com.shop.BaseDao")
        .method("update", 1, self("updateInternal", 1))
        .method("updateInternal", 1)
        .build();
    TypeFacts notes = type("com.shop.NoteDao").extending("com.shop.BaseDao").method("updateInternal", 1).build();
    TypeFacts people = type("com.shop.PersonDao").extending("com.shop.BaseDao").method("updateInternal", 1).build();
    TypeFacts noteApi = controller("com.shop.NoteApi", "/notes/{id}", "update", typed("com.shop.NoteDao", "update", 1));
    TypeFacts personApi = controller("com.shop.PersonApi", "/people/{id}", "update", typed("com.shop.PersonDao", "update", 1));
    TypeFacts anyApi = controller("com.shop.AnyApi", "/any/{id}", "update", typed("com.shop.BaseDao", "update", 1));

    CallGraph graph = graph(base, notes, people, noteApi, personApi, anyApi);

    assertThat(graph.entriesReaching(m("com.shop.NoteDao", "updateInternal", 1)))
        .extracting(EntryPoint::route).containsExactlyInAnyOrder("/notes/{id}", "/any/{id}");
    assertThat(graph.entriesReaching(m("com.shop.PersonDao", "updateInternal", 1)))
        .extracting(EntryPoint::route).containsExactlyInAnyOrder("/people/{id}", "/any/{id}");
  }

  @Test
  void aCommandBusRunsOnlyTheCommandTheCallerNames() {
    TypeFacts command = iface("com.shop.Command").method("execute", 1).build();
    TypeFacts bus = type("com.shop.CommandBus").method("run", 2, typed("com.shop.Command", "execute", 1)).build();
    TypeFacts close = type("com.shop.CloseOrderCommand").extending("com.shop.Command")
        .method("execute", 1, typed("com.shop.OrderDao", "close", 1)).build();
    TypeFacts report = type("com.shop.AgentReportCommand").extending("com.shop.Command")
        .method("execute", 1, typed("com.shop.OrderDao", "recordAgent", 1)).build();
    TypeFacts anyCommand = type("com.shop.ArchiveCommand").extending("com.shop.Command")
        .method("execute", 1, typed("com.shop.OrderDao", "close", 1)).build();
    TypeFacts dao = type("com.shop.OrderDao").method("close", 1).method("recordAgent", 1).build();
    TypeFacts closeApi = type("com.shop.CloseApi").annotated(ann(WEB + "RestController"))
        .method("close", 1, b -> b.annotated(ann(WEB + "PutMapping", "value", "/orders/{id}/close"))
            .calls(typed("com.shop.CommandBus", "run", 2)).passes("com.shop.CloseOrderCommand"))
        .build();
    TypeFacts opaqueApi = controller("com.shop.OpaqueApi", "/opaque", "run", typed("com.shop.CommandBus", "run", 2));

    CallGraph graph = graph(command, bus, close, report, anyCommand, dao, closeApi, opaqueApi);

    assertThat(graph.entriesReaching(m("com.shop.OrderDao", "recordAgent", 1)))
        .extracting(EntryPoint::route).containsExactly("/opaque");
    assertThat(graph.chainsTo(m("com.shop.OrderDao", "close", 1), Integer.MAX_VALUE))
        .filteredOn(chain -> chain.entry().route().equals("/orders/{id}/close"))
        .singleElement()
        .satisfies(chain -> assertThat(chain.methods()).contains(m("com.shop.CloseOrderCommand", "execute", 1)));
  }

  @Test
  void aCallOnWhatAProjectMethodReturnsDispatchesOnItsDeclaredReturnType() {
    TypeFacts factory = type("com.shop.RepositoryFactory")
        .method("orders", 0, b -> b.returns(ref("com.shop.OrderRepository")))
        .method("anything", 0, b -> b.returns(ref("java.lang.Object")))
        .build();
    TypeFacts repository = iface("com.shop.OrderRepository").method("save", 1).build();
    TypeFacts jooq = type("com.shop.JooqOrderRepository").extending("com.shop.OrderRepository").method("save", 1).build();
    TypeFacts service = type(SERVICE)
        .method("save", 1, onResultOf(typed("com.shop.RepositoryFactory", "orders", 0), "save", 1))
        .method("other", 1, onResultOf(typed("com.shop.RepositoryFactory", "anything", 0), "save", 1))
        .build();

    CallGraph graph = graph(factory, repository, jooq, service);

    assertThat(graph.calleesOf(m(SERVICE, "save", 1)))
        .contains(m("com.shop.JooqOrderRepository", "save", 1));
    assertThat(graph.calleesOf(m(SERVICE, "other", 1))).doesNotContain(m("com.shop.JooqOrderRepository", "save", 1));
  }

  @Test
  void resolvesCallThroughTheFieldsDeclaredType() {
    CallGraph graph =
        graph(
            type("com.shop.OrderController").field("service", SERVICE)
                .method("update", 1, typed(SERVICE, "save", 1)).build(),
            type(SERVICE).method("save", 1).build());

    assertThat(graph.callersOf(m(SERVICE, "save", 1))).containsExactly(m("com.shop.OrderController", "update", 1));
    assertThat(graph.unresolvedCalls()).isZero();
  }

  @Test
  void aMethodReferenceReachesEveryOverloadOfItsName() {
    CallGraph graph =
        graph(
            type("com.shop.Importer").field("service", SERVICE)
                .method("importAll", 1, typed(SERVICE, "save", MethodCall.ANY_ARITY),
                    typed("java.lang.String", "trim", MethodCall.ANY_ARITY))
                .build(),
            type(SERVICE).method("save", 1).method("save", 2).method("other", 1).build());

    MethodRef importAll = m("com.shop.Importer", "importAll", 1);
    assertThat(graph.callersOf(m(SERVICE, "save", 1))).containsExactly(importAll);
    assertThat(graph.callersOf(m(SERVICE, "save", 2))).containsExactly(importAll);
    assertThat(graph.callersOf(m(SERVICE, "other", 1))).isEmpty();
    assertThat(graph.unresolvedCalls()).isZero();
  }

  @Test
  void interfaceCallReachesEveryProjectImplementation() {
    CallGraph graph =
        graph(
            type(SERVICE).method("ship", 0, typed("com.shop.Notifier", "send", 1)).build(),
            iface("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.MailNotifier").extending("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.SmsNotifier").extending("com.shop.Notifier").method("send", 1).build());

    MethodRef ship = m(SERVICE, "ship", 0);
    assertThat(graph.callersOf(m("com.shop.MailNotifier", "send", 1))).containsExactly(ship);
    assertThat(graph.callersOf(m("com.shop.SmsNotifier", "send", 1))).containsExactly(ship);
    assertThat(graph.callersOf(m("com.shop.Notifier", "send", 1))).containsExactly(ship);
    assertThat(graph.implementationsOf("com.shop.Notifier"))
        .extracting(TypeFacts::qualifiedName)
        .containsExactly("com.shop.MailNotifier", "com.shop.SmsNotifier");
  }

  @Test
  void anInterfaceCallNeverReachesATestDoubleBesideProductionCode() {
    CallGraph graph =
        graph(
            type(SERVICE).method("ship", 0, typed("com.shop.Notifier", "send", 1)).build(),
            iface("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.MailNotifier").extending("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.MockNotifier").extending("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.NotifierStub").extending("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.mock.InMemoryNotifier").extending("com.shop.Notifier").method("send", 1).build(),
            type("com.shop.Mockingbird").extending("com.shop.Notifier").method("send", 1).build());

    MethodRef ship = m(SERVICE, "ship", 0);
    assertThat(graph.calleesOf(ship))
        .containsExactlyInAnyOrder(
            m("com.shop.Notifier", "send", 1), m("com.shop.MailNotifier", "send", 1),
            m("com.shop.Mockingbird", "send", 1));
    assertThat(graph.implementationsOf("com.shop.Notifier"))
        .extracting(TypeFacts::qualifiedName)
        .containsExactly("com.shop.MailNotifier", "com.shop.Mockingbird");
  }

  @Test
  void aFileIsTestSupportWhenEveryTypeInItStandsInForAnotherByName() {
    CallGraph graph =
        graph(
            iface("com.shop.KeyValueStore").method("put", 2).build(),
            type("com.shop.MockKeyValueStore").extending("com.shop.KeyValueStore").method("put", 2).build(),
            type("com.shop.KeyValueStoreFake").extending("com.shop.KeyValueStore").method("put", 2).build(),
            type("com.shop.mock.FileStore").extending("com.shop.KeyValueStore").method("put", 2).build(),
            type("com.shop.FakeErrorService").method("save", 1).build(),
            type("com.shop.MockingStore").extending("com.shop.KeyValueStore").method("put", 2).build());

    assertThat(graph.standInFiles())
        .containsExactly(
            "com/shop/KeyValueStoreFake.java",
            "com/shop/MockKeyValueStore.java",
            "com/shop/mock/FileStore.java");
  }

  @Test
  void findsAnInheritedMethodThroughTheSuperclass() {
    CallGraph graph =
        graph(
            type(SERVICE).method("place", 0, typed("com.shop.OrderDao", "insert", 1)).build(),
            type("com.shop.OrderDao").extending("com.shop.BaseDao").build(),
            type("com.shop.BaseDao").method("insert", 1).build());

    assertThat(graph.callersOf(m("com.shop.BaseDao", "insert", 1))).containsExactly(m(SERVICE, "place", 0));
  }

  @Test
  void thisCallInATemplateMethodReachesTheOverride() {
    CallGraph graph =
        graph(
            type("com.shop.Importer").method("run", 0, self("write", 1)).method("write", 1).build(),
            type("com.shop.CsvImporter").extending("com.shop.Importer").method("write", 1).build());

    assertThat(graph.callersOf(m("com.shop.CsvImporter", "write", 1))).containsExactly(m("com.shop.Importer", "run", 0));
  }

  @Test
  void superCallReachesTheParentsMethodOnly() {
    CallGraph graph =
        graph(
            type("com.shop.Base").method("save", 1).build(),
            type("com.shop.Child").extending("com.shop.Base").method("save", 1, zuper("save", 1)).build());

    assertThat(graph.callersOf(m("com.shop.Base", "save", 1))).containsExactly(m("com.shop.Child", "save", 1));
    assertThat(graph.callersOf(m("com.shop.Child", "save", 1))).isEmpty();
  }

  @Test
  void thisCallFromANestedClassReachesTheOuterClass() {
    CallGraph graph =
        graph(
            type("com.shop.Outer").method("helper", 0).build(),
            type("com.shop.Outer.Inner").method("run", 0, self("helper", 0)).build());

    assertThat(graph.callersOf(m("com.shop.Outer", "helper", 0))).containsExactly(m("com.shop.Outer.Inner", "run", 0));
  }

  @Test
  void resolvesStaticCallsOnTheNamedType() {
    CallGraph graph =
        graph(
            type(SERVICE).method("place", 0, statically("com.shop.Ids", "next", 0)).build(),
            type("com.shop.Ids").method("next", 0).build());

    assertThat(graph.callersOf(m("com.shop.Ids", "next", 0))).containsExactly(m(SERVICE, "place", 0));
  }

  @Test
  void countsUnresolvedCallsAndNeverGuesses() {
    CallGraph graph =
        graph(
            type(SERVICE)
                .method(
                    "place", 0,
                    unknown("save", 1),
                    self("missing", 0),
                    new MethodCall(MethodCall.Receiver.TYPED, null, "save", 1, 3),
                    typed("com.shop.OrderDao", "absent", 0),
                    typed("java.lang.String", "trim", 0))
                .build(),
            type("com.shop.OrderDao").method("save", 1).build());

    assertThat(graph.unresolvedCalls()).isEqualTo(4);
    assertThat(graph.externalCalls()).isEqualTo(1);
    assertThat(graph.totalCalls()).isEqualTo(5);
    assertThat(graph.callersOf(m("com.shop.OrderDao", "save", 1))).isEmpty();
  }

  @Test
  void methodsInheritedFromALibraryTypeAreExternalNotUnresolved() {
    CallGraph graph =
        graph(
            type("com.shop.OrderDao").extending("org.springframework.jdbc.core.support.JdbcDaoSupport")
                .method("save", 1, self("getJdbcTemplate", 0)).build());

    assertThat(graph.unresolvedCalls()).isZero();
    assertThat(graph.externalCalls()).isEqualTo(1);
  }

  @Test
  void cycleBelowAnEntryPointTerminates() {
    CallGraph graph =
        graph(
            controller("com.shop.OrderController", "/orders/{id}", "put", typed("com.shop.A", "a", 0)),
            type("com.shop.A").method("a", 0, typed("com.shop.B", "b", 0)).build(),
            type("com.shop.B").method("b", 0, typed("com.shop.A", "a", 0)).build());

    List<EntryChain> chains = graph.chainsTo(m("com.shop.B", "b", 0), 3);

    assertThat(chains).singleElement().satisfies(chain -> {
      assertThat(chain.entry().route()).isEqualTo("/orders/{id}");
      assertThat(chain.methods())
          .containsExactly(m("com.shop.OrderController", "put", 1), m("com.shop.A", "a", 0), m("com.shop.B", "b", 0));
      assertThat(chain.labels()).containsExactly("PUT /orders/{id}", "OrderController.put", "A.a", "B.b");
    });
  }

  @Test
  void aPersonsEditComesBeforeAShorterJobOrDeleteChain() {
    MethodRef target = m(SERVICE, "save", 1);
    CallGraph graph = graph(
        type(SERVICE).method("save", 1).method("relay", 1, self("save", 1)).build(),
        type("com.shop.Nightly")
            .method("run", 0, b -> b.annotated(ann("org.springframework.scheduling.annotation.Scheduled"))
                .calls(typed(SERVICE, "save", 1)))
            .build(),
        type("com.shop.RemoveController").annotated(ann(WEB + "RestController"))
            .method("remove", 1, b -> b.annotated(ann(WEB + "DeleteMapping", "value", "/orders/{id}"))
                .calls(typed(SERVICE, "save", 1)))
            .build(),
        controller("com.shop.EditController", "/orders/{id}", "edit", typed(SERVICE, "relay", 1)));

    assertThat(graph.chainsTo(target, 3)).extracting(c -> c.entry().label())
        .containsExactly("PUT /orders/{id}", "DELETE /orders/{id}", "job @Scheduled");
  }

  @Test
  void aOneOffMaintenanceRouteComesAfterAPersonsEditThatIsLonger() {
    MethodRef target = m(SERVICE, "save", 1);
    CallGraph graph = graph(
        type(SERVICE).method("save", 1).method("relay", 1, self("save", 1)).build(),
        controller("com.shop.StudyController", "/study/convert/{id}", "convert", typed(SERVICE, "save", 1)),
        controller("com.shop.EditController", "/orders/{id}", "edit", typed(SERVICE, "relay", 1)));

    assertThat(graph.chainsTo(target, 3)).extracting(c -> c.entry().label())
        .containsExactly("PUT /orders/{id}", "PUT /study/convert/{id}");
  }

  @Test
  void theHandlerNamedLikeTheWrittenFileComesFirstThroughASharedGenericBase() {
    MethodRef update = m("com.shop.CrudDao", "update", 1);
    CallGraph graph = graph(
        iface("com.shop.CrudDao").method("update", 1).build(),
        type("com.shop.CrudService").method("save", 1, typed("com.shop.CrudDao", "update", 1)).build(),
        controller("com.shop.ArticleController", "/article/save", "save", typed("com.shop.CrudService", "save", 1)),
        controller("com.shop.CategoryController", "/category/save", "save", typed("com.shop.CrudService", "save", 1)));

    assertThat(graph.chainsTo(update, "src/main/resources/mappers/CategoryDao.xml").get(0).entry().route())
        .isEqualTo("/category/save");
    assertThat(graph.chainsTo(update, "src/main/resources/mappers/ArticleDao.xml").get(0).entry().route())
        .isEqualTo("/article/save");
  }

  @Test
  void chainsToGivesAtMostThreeShortestChainsInAStableOrder() {
    MethodRef target = m(SERVICE, "save", 1);
    List<TypeFacts> types = new ArrayList<>(List.of(
        type(SERVICE).method("save", 1).method("relay", 1, self("save", 1)).build(),
        controller("com.shop.DController", "/d", "put", typed("com.shop.Far", "far", 0)),
        type("com.shop.Far").method("far", 0, typed(SERVICE, "relay", 1)).build(),
        controller("com.shop.CController", "/c", "put", typed(SERVICE, "relay", 1)),
        controller("com.shop.BController", "/b", "put", typed(SERVICE, "save", 1)),
        controller("com.shop.AController", "/a", "put", typed(SERVICE, "relay", 1))));

    List<EntryChain> chains = CallGraph.build(types, MODEL).chainsTo(target, 3);

    assertThat(chains).extracting(c -> c.entry().route()).containsExactly("/b", "/a", "/c");
    assertThat(chains.get(0).methods()).containsExactly(m("com.shop.BController", "put", 1), target);
    assertThat(chains.get(1).methods())
        .containsExactly(m("com.shop.AController", "put", 1), m(SERVICE, "relay", 1), target);
    for (long seed = 1; seed <= 5; seed++) {
      Collections.shuffle(types, new Random(seed));
      assertThat(CallGraph.build(types, MODEL).chainsTo(target, 3)).isEqualTo(chains);
    }
    assertThat(CallGraph.build(types, MODEL).chainsTo(target, 10)).hasSize(4);
  }

  @Test
  void chainsAreBoundedInDepth() {
    List<TypeFacts> types = new ArrayList<>();
    types.add(controller("com.shop.Deep", "/deep", "put", typed("com.shop.Step0", "go", 0)));
    for (int i = 0; i < 20; i++) {
      types.add(type("com.shop.Step" + i).method("go", 0, typed("com.shop.Step" + (i + 1), "go", 0)).build());
    }
    CallGraph graph = CallGraph.build(types, MODEL);

    assertThat(graph.chainsTo(m("com.shop.Step11", "go", 0), 3)).singleElement()
        .satisfies(c -> assertThat(c.methods()).hasSize(CallGraph.MAX_DEPTH + 1));
    assertThat(graph.chainsTo(m("com.shop.Step12", "go", 0), 3)).isEmpty();
  }

  @Test
  void mapsSpringDataRepositoriesToTheirEntity() {
    CallGraph graph =
        graph(
            iface("com.shop.OrderRepository")
                .extending(generic("org.springframework.data.jpa.repository.JpaRepository",
                    ref("com.shop.Order"), ref("java.lang.Long")))
                .build(),
            iface("com.shop.BaseRepository")
                .extending(generic("org.springframework.data.repository.CrudRepository", ref("T"), ref("ID")))
                .build(),
            iface("com.shop.CustomerRepository")
                .extending(generic("com.shop.BaseRepository", ref("com.shop.Customer"), ref("java.lang.Long")))
                .build(),
            iface("com.shop.Plain").build(),
            type(SERVICE).method("place", 1, typed("com.shop.OrderRepository", "save", 1)).build());

    assertThat(graph.repositoryEntity("com.shop.OrderRepository")).contains("com.shop.Order");
    assertThat(graph.repositoryEntity("com.shop.CustomerRepository")).contains("com.shop.Customer");
    assertThat(graph.repositoryEntity("com.shop.Plain")).isEmpty();
    assertThat(graph.callersOf(m("com.shop.OrderRepository", "save", 1))).containsExactly(m(SERVICE, "place", 1));
    assertThat(graph.method(m("com.shop.OrderRepository", "save", 1))).isEmpty();
    assertThat(graph.unresolvedCalls()).isZero();
  }
}
