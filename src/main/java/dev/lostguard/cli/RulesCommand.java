package dev.lostguard.cli;

import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleMetadata;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lostguard rules list|show <id>}: the rule catalog. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules or show one.",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class})
final class RulesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List every rule.")
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RuleCatalog catalog = RuleCatalog.builtIn();
      int width = catalog.entries().stream().mapToInt(e -> e.id().length()).max().orElse(10);
      for (RuleMetadata entry : catalog.entries()) {
        out.printf("%-" + width + "s  %-6s  %-6s  %s%n",
            entry.id(), entry.severity(), entry.confidence(), entry.shortDescription());
      }
      out.flush();
      return ExitCode.CLEAN.code();
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a rule's catalog entry and its explanation.")
  static final class ShowRule implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule id, e.g. update-without-version-check.")
    String id;

    @Override
    public Integer call() {
      RuleCatalog catalog = RuleCatalog.builtIn();
      Optional<RuleMetadata> found = catalog.find(id);
      if (found.isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            "unknown rule '" + id + "' (see 'lostguard rules list')");
      }
      RuleMetadata entry = found.get();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("id:          %s%n", entry.id());
      out.printf("name:        %s%n", entry.name());
      out.printf("severity:    %s%n", entry.severity());
      out.printf("confidence:  %s%n", entry.confidence());
      out.printf("tags:        %s%n", String.join(", ", entry.tags()));
      out.printf("since:       %s%n", entry.since());
      out.printf("summary:     %s%n", entry.shortDescription());
      out.printf("remediation: %s%n%n", entry.remediation());
      out.print(catalog.page(id));
      out.flush();
      return ExitCode.CLEAN.code();
    }
  }
}
