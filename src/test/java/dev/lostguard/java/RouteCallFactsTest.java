package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.MethodCall.Receiver;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.RouteArgument;
import dev.lostguard.model.RouteArgument.Kind;
import dev.lostguard.model.RouteCall;
import dev.lostguard.model.SqlText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the front-end records of calls that may register routes. */
class RouteCallFactsTest {

  private static final String ROUTES = """
      package com.acme.web;

      import static spark.Spark.*;
      import io.vertx.ext.web.Router;
      import java.util.List;
      import spark.Route;

      public class Routes {
        private static final String NOTES = "/notes";
        private final Route listRoute = (req, res) -> List.of();

        void register(Router router, List<String> names) {
          Route save = (req, res) -> "saved";
          get(NOTES, listRoute);
          put(NOTES + "/:id", save);
          router.delete("/notes/:id").handler(this::remove);
          names.forEach(name -> names.size());
          names.size();
        }

        void registerObjects() {
          patch("/profile", new PatchProfileRoute());
          post("/notes", new Route() {
            public Object handle(Object req, Object res) { return "posted"; }
          });
        }

        static void putJson(String path, Route handler) {
          put(path, wrap(handler));
          names(path);
        }

        void remove(Object ctx) {}
        static Route wrap(Route handler) { return handler; }
        static void names(String path) {}
      }
      """;

  private static List<RouteCall> routes(String method) {
    return Analyzed.facts(ROUTES).types().get(0).methods().stream()
        .filter(m -> m.ref().name().equals(method))
        .map(MethodFacts::routes)
        .findFirst()
        .orElseThrow();
  }

  private static List<Kind> kinds(RouteCall call) {
    return call.arguments().stream().map(RouteArgument::kind).toList();
  }

  @Test
  void recordsCallsPassingLambdasAndMethodReferencesWithWhatEachArgumentIs() {
    List<RouteCall> calls = routes("register");
    assertThat(calls).extracting(RouteCall::name).containsExactly("get", "put", "handler", "forEach");
    assertThat(kinds(calls.get(0))).containsExactly(Kind.TEXT, Kind.LAMBDA);
    assertThat(calls.get(0).arguments().get(0).text()).isInstanceOf(SqlText.ConstantRef.class);
    assertThat(calls.get(0).staticOwners()).containsExactly("spark.Spark");
    assertThat(kinds(calls.get(1))).containsExactly(Kind.TEXT, Kind.LAMBDA);
    assertThat(kinds(calls.get(2))).containsExactly(Kind.REFERENCE);
    assertThat(calls.get(2).arguments().get(0).reference().name()).isEqualTo("remove");
    assertThat(calls.get(2).chained()).satisfies(verb -> {
      assertThat(verb.name()).isEqualTo("delete");
      assertThat(verb.receiver()).isEqualTo(Receiver.TYPED);
      assertThat(verb.receiverType().candidates()).contains("io.vertx.ext.web.Router");
      assertThat(verb.arguments().get(0).text()).isEqualTo(new SqlText.Literal("/notes/:id"));
    });
  }

  @Test
  void recordsAVerbPassingTheEnclosingMethodsParameterEvenWhenWrapped() {
    List<RouteCall> calls = routes("putJson");
    assertThat(calls).singleElement().satisfies(put -> {
      assertThat(put.name()).isEqualTo("put");
      assertThat(put.arguments()).extracting(RouteArgument::kind).containsExactly(Kind.PARAMETER, Kind.PARAMETER);
      assertThat(put.arguments()).extracting(RouteArgument::parameter).containsExactly(0, 1);
    });
  }

  @Test
  void aHandlerObjectServesTheRouteByItsHandleMethodAndAnAnonymousOneRunsAsTheRegisteringMethod() {
    List<RouteCall> calls = routes("registerObjects");
    assertThat(calls).extracting(RouteCall::name).containsExactly("patch", "post");
    assertThat(kinds(calls.get(0))).containsExactly(Kind.TEXT, Kind.REFERENCE);
    assertThat(calls.get(0).arguments().get(1).reference()).satisfies(handle -> {
      assertThat(handle.name()).isEqualTo("handle");
      assertThat(handle.receiver()).isEqualTo(Receiver.TYPED);
      assertThat(handle.receiverType().candidates()).contains("com.acme.web.PatchProfileRoute");
    });
    assertThat(kinds(calls.get(1))).containsExactly(Kind.TEXT, Kind.LAMBDA);
  }
}
