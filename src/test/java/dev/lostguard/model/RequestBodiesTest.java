package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.param;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.self;
import static dev.lostguard.model.Facts.type;
import static dev.lostguard.model.Facts.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

  private static final String PATH_VARIABLE = "org.springframework.web.bind.annotation.PathVariable";

  private static MethodFacts handler(Consumer<Facts.MethodBuilder> body) {
    return type("com.ops.web.JobController").method("run", 2, body).build().methods().get(0);
  }

  @Test
  void aHandlerTakingOnlyWhichRecordWhoCallsAndFrameworkObjectsCarriesNoValues() {
    assertThat(RequestBodies.carryNoValues(handler(h -> h.parameters(
        param("id", ref("long"), ann(PATH_VARIABLE)),
        param("response", ref("javax.servlet.http.HttpServletResponse")))))).isTrue();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.parameters(
        param("jobIds", ref("List")), param("me", ref("Long"), ann("com.ops.web.LoginUser")))))).isTrue();
    assertThat(RequestBodies.carryNoValues(handler(h -> {}))).isTrue();
  }

  @Test
  void aValueABodyTheServletRequestOrAnInheritedRequestReaderCarriesValues() {
    assertThat(RequestBodies.carryNoValues(handler(h -> h.parameters(
        param("id", ref("long"), ann(PATH_VARIABLE)), param("note", ref("String")))))).isFalse();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.parameters(
        param("request", ref("javax.servlet.http.HttpServletRequest")))))).isFalse();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.calls(self("getObject", 1))))).isFalse();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.calls(self("getValStringRequired", 1))))).isFalse();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.calls(self("getReqParamJSON", 0))))).isFalse();
    assertThat(RequestBodies.carryNoValues(handler(h -> h.calls(
        typed("javax.servlet.http.HttpServletRequest", "getParameter", 1))))).isFalse();
  }
}
