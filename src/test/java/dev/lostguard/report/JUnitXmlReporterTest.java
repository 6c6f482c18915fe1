package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.Report;
import dev.lostguard.rules.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReporterTest {

  private static final RuleCatalog CATALOG = RuleCatalog.builtIn();

  private static String xml(Report report) throws Exception {
    StringWriter out = new StringWriter();
    new JUnitXmlReporter(CATALOG).write(report, out);
    return out.toString();
  }

  /** Parses with the JDK's DOM parser, which rejects anything that is not well-formed XML. */
  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element testcase(Document document, String name) {
    NodeList cases = document.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      if (testcase.getAttribute("name").equals(name)) {
        return testcase;
      }
    }
    throw new AssertionError("no testcase " + name);
  }

  @Test
  void hasOneTestcasePerRuleAndOneForProcessingErrors() throws Exception {
    Document document = parse(xml(ExampleReports.small()));

    NodeList cases = document.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    List<String> expected = new ArrayList<>(CATALOG.entries().stream().map(e -> e.id()).toList());
    expected.add(JUnitXmlReporter.ERRORS_CASE);
    assertThat(names).containsExactlyElementsOf(expected);
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(expected.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void aRuleWithFindingsFailsOnceListingEachFinding() throws Exception {
    Finding first = ExampleReports.unguardedUpdate();
    Document document = parse(xml(ExampleReports.withFindings(first, ExampleReports.chainedWrite())));

    Element testcase = testcase(document, "update-without-version-check");
    NodeList failures = testcase.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failure = (Element) failures.item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("2 findings");
    assertThat(failure.getAttribute("type")).isEqualTo("high");
    assertThat(failure.getTextContent().lines())
        .containsExactly(
            "db/orders.sql:12: medium: UPDATE orders has no version predicate",
            "src/shop/OrderDao.java:31: high: UPDATE orders has no version predicate");
    assertThat(testcase(document, "rowcount-ignored").getChildNodes().getLength()).isZero();
  }

  @Test
  void processingErrorsBecomeAnErrorElement() throws Exception {
    Document document = parse(xml(ExampleReports.small()));

    Element error = (Element) testcase(document, JUnitXmlReporter.ERRORS_CASE).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("3 inputs not analysed");
    assertThat(error.getTextContent()).contains("db/broken.sql:7: parse-sql: unexpected token SETT", "src/Huge.java: size:");
  }

  @Test
  void escapesMarkupQuotesAndCharactersXmlCannotCarry() throws Exception {
    String nasty = "a <b> & \"c\" 'd' \u0001 ]]> \uD800 done";
    Finding finding = ExampleReports.unguardedUpdate(nasty, new Location("db/<x>&.sql", 1, 1, 1, 2));

    Document document = parse(xml(ExampleReports.withFindings(finding)));

    String text = testcase(document, finding.ruleId()).getTextContent();
    assertThat(text).contains("db/<x>&.sql:1: medium: a <b> & \"c\" 'd' \uFFFD ]]> \uFFFD done");
  }

  @Test
  void aCleanReportPassesEveryTestcase() throws Exception {
    Document document = parse(xml(ExampleReports.empty()));

    assertThat(document.getElementsByTagName("failure").getLength()).isZero();
    assertThat(document.getElementsByTagName("error").getLength()).isZero();
  }
}
