package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selective MyBatis statements judged per Java call that passes an entity the caller builds. */
class SelectiveCallsScanTest {

  @TempDir Path project;

  private static final String MAPPER_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
      <mapper namespace="shop.TicketMapper">
        <update id="updateByPrimaryKeySelective" parameterType="shop.Ticket">
          <!-- WARNING - @mbg.generated -->
          UPDATE tickets
          <set>
            <if test="title != null">title = #{title,jdbcType=VARCHAR},</if>
            <if test="assignee != null">assignee = #{assignee,jdbcType=VARCHAR},</if>
            <if test="state != null">state = #{state,jdbcType=VARCHAR},</if>
          </set>
          WHERE id = #{id,jdbcType=BIGINT}
        </update>
      </mapper>
      """;

  /** An unversioned table, its selective statement, and a controller whose handlers are {@code handlers}. */
  private Report scan(String handlers) throws IOException {
    return scan(handlers, """
        package shop;

        public interface TicketMapper {
          int updateByPrimaryKeySelective(Ticket row);
        }
        """);
  }

  private Report scan(String handlers, String mapperInterface) throws IOException {
    TempProject.write(project, "db/migration/V1__tickets.sql",
        "CREATE TABLE tickets (id BIGINT PRIMARY KEY, title VARCHAR(4000), assignee VARCHAR(4000), state VARCHAR(4000));\n");
    TempProject.write(project, "src/main/resources/TicketMapper.xml", MAPPER_XML);
    TempProject.write(project, "src/main/java/shop/TicketMapper.java", mapperInterface);
    TempProject.write(project, "src/main/java/shop/TicketController.java", """
        package shop;

        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RequestBody;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class TicketController {
          private final TicketMapper tickets;
          TicketController(TicketMapper tickets) { this.tickets = tickets; }
        %s
        }
        """.formatted(handlers));
    return TempProject.scan(project);
  }

  private static final String RENAME = """
        @PostMapping("/tickets/{id}/title")
        void rename(@PathVariable long id, String title) {
          Ticket ticket = new Ticket();
          ticket.setId(id);
          ticket.setTitle(title);
          tickets.updateByPrimaryKeySelective(ticket);
        }
      """;

  private static final String CLOSE = """
        @PostMapping("/tickets/{id}/close")
        void close(@PathVariable long id) {
          tickets.updateByPrimaryKeySelective(new Ticket().setId(id).setState("CLOSED"));
        }
      """;

  @Test
  void aCallIsJudgedAtTheCallOnTheColumnsItSetsAndTheStatementSiteGivesWay() throws IOException {
    Report report = scan(RENAME);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.location().path()).isEqualTo("src/main/java/shop/TicketController.java");
      assertThat(f.location().startLine()).isEqualTo(17);
      assertThat(f.message()).contains("UPDATE tickets (sets title)");
      assertThat(f.relatedLocations()).anySatisfy(r -> {
        assertThat(r.path()).isEqualTo("src/main/resources/TicketMapper.xml");
        assertThat(r.startLine()).isEqualTo(4);
      });
      assertThat(f.entryPoints()).singleElement().satisfies(chain -> assertThat(chain.labels())
          .containsExactly("POST /tickets/{id}/title", "TicketController.rename",
              "TicketMapper.updateByPrimaryKeySelective -> MyBatis <update id=\"updateByPrimaryKeySelective\">"));
    });
  }

  @Test
  void aCallIsJudgedOnceWhenTheMapperHasTwoOverloadsOfTheStatementsNameAndArity() throws IOException {
    Report report = scan(RENAME, """
        package shop;

        public interface TicketMapper {
          int updateByPrimaryKeySelective(Ticket row);

          default int updateByPrimaryKeySelective(TicketForm form) {
            return updateByPrimaryKeySelective(form.toTicket());
          }
        }
        """);

    // The default overload passes an entity it does not build, so the statement's own site stays too.
    assertThat(report.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/java/shop/TicketController.java:17", "src/main/resources/TicketMapper.xml:4");
  }

  @Test
  void aCallThatOnlyFixesValuesIsACommandAndNotFlagged() throws IOException {
    Report report = scan(CLOSE);

    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statementsSetAside()).isZero();
  }

  @Test
  void aCallWithAnEntityFromTheRequestKeepsTheStatementSiteBesideTheJudgedCalls() throws IOException {
    Report report = scan(CLOSE + RENAME + """
          @PostMapping("/tickets")
          void save(@RequestBody Ticket ticket) {
            tickets.updateByPrimaryKeySelective(ticket);
          }
        """);

    assertThat(report.findings()).extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/java/shop/TicketController.java:21",
            "src/main/resources/TicketMapper.xml:4");
    Finding statement = report.findings().get(1);
    assertThat(statement.message()).contains("(sets title, assignee, state)");
  }

  @Test
  void aCallThatSetsNoWrittenPropertyIsJudgedAsTheStatement() throws IOException {
    Report report = scan("""
          @PostMapping("/tickets/{id}/touch")
          void touch(@PathVariable long id, @RequestBody Ticket form) {
            Ticket ticket = new Ticket();
            ticket.setId(id);
            tickets.updateByPrimaryKeySelective(ticket);
          }
        """);

    assertThat(report.errors()).isEmpty();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.location().path()).isEqualTo("src/main/resources/TicketMapper.xml");
      assertThat(f.message()).contains("(sets title, assignee, state)");
    });
  }

  @Test
  void aGeneratedSelectiveStatementThatNothingCallsStaysSetAside() throws IOException {
    Report report = scan("");

    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statementsSetAside()).isEqualTo(1);
  }

  @Test
  void aStatementThatWritesEveryPropertyIsJudgedPerCallForRowsTheCallersLoadAndChangeWithSetters() throws IOException {
    TempProject.write(project, "db/migration/V1__tickets.sql",
        "CREATE TABLE tickets (id BIGINT PRIMARY KEY, title VARCHAR(4000), assignee VARCHAR(4000), state VARCHAR(20));\n");
    TempProject.write(project, "src/main/resources/TicketMapper.xml", """
        <mapper namespace="shop.TicketMapper">
          <select id="selectById" resultType="shop.Ticket">SELECT * FROM tickets WHERE id = #{id}</select>
          <update id="update" parameterType="shop.Ticket">
            UPDATE tickets SET title = #{title}, assignee = #{assignee}, state = #{state} WHERE id = #{id}
          </update>
        </mapper>
        """);
    TempProject.write(project, "src/main/java/shop/TicketMapper.java", """
        package shop;

        public interface TicketMapper {
          Ticket selectById(long id);
          int update(Ticket row);
        }
        """);
    TempProject.write(project, "src/main/java/shop/TicketController.java", """
        package shop;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class TicketController {
          private TicketMapper tickets;

          @PostMapping("/tickets/{id}/close")
          void close(@PathVariable long id) {
            Ticket ticket = tickets.selectById(id);
            ticket.setState("CLOSED");
            tickets.update(ticket);
          }

          @PostMapping("/tickets/{id}/assign")
          void assign(@PathVariable long id, @RequestParam String assignee, @RequestParam String title) {
            Ticket ticket = tickets.selectById(id);
            ticket.setAssignee(assignee);
            ticket.setTitle(title);
            tickets.update(ticket);
          }
        }
        """);

    Report report = TempProject.scan(project);

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .singleElement().satisfies(f -> {
          assertThat(f.location().path()).endsWith("TicketController.java");
          assertThat(f.location().startLine()).isEqualTo(21);
          assertThat(f.message()).contains("(sets title, assignee)");
        });
  }
}
