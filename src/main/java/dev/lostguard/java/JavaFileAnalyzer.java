package dev.lostguard.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.EntityFacts;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.StringConstant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java front-end for one file: parses it and extracts the string constants and SQL calls that
 * the scan resolves project-wide, and the declared types with their methods and calls (for the call
 * graph). One instance per thread (it holds a parser); the tree is dropped
 * when {@link #analyze} returns. A file that does not parse, or whose extraction fails, yields one
 * located {@link ErrorKind#PARSE_JAVA} error and nothing else. Entities come from another extractor.
 */
public final class JavaFileAnalyzer {

  private final JavaParser parser = JavaParsing.newParser();
  private final SqlSinks sinks;
  private final ConflictVocabulary conflicts;
  private final TextGates gates;

  public JavaFileAnalyzer() {
    this(SqlSinks.builtIn());
  }

  public JavaFileAnalyzer(SqlSinks sinks) {
    this(sinks, ConflictVocabulary.builtIn());
  }

  public JavaFileAnalyzer(SqlSinks sinks, ConflictVocabulary conflicts) {
    this.sinks = sinks;
    this.conflicts = conflicts;
    this.gates = new TextGates(conflicts);
  }

  /** What the file's text shows it may hold, for the walks and for a scan's decision to parse it at all. */
  public TextGates.Mentions mentions(String content) {
    return gates.of(content);
  }

  public FileFacts analyze(String path, String content, SourceRole role) {
    return analyze(path, content, role, Depth.FULL);
  }

  /** How much of a parsed file the scan needs. */
  public enum Depth {
    /** Everything: SQL calls, types and calls for the call graph, conflict handling, entities. */
    FULL,
    /**
     * Constants and entities only, for sources whose code is never reported (tests that declare an
     * entity, without {@code --include-tests}): production code cannot call them, so their bodies are
     * not walked.
     */
    DECLARATIONS
  }

  public FileFacts analyze(String path, String content, SourceRole role, Depth depth) {
    return analyze(path, content, role, depth, mentions(content));
  }

  /** As {@link #analyze(String, String, SourceRole, Depth)}, with the file's {@link #mentions} already found. */
  public FileFacts analyze(String path, String content, SourceRole role, Depth depth, TextGates.Mentions mentions) {
    JavaParsing.Result parsed;
    try {
      parsed = JavaParsing.parse(parser, content);
    } catch (StackOverflowError e) {
      return failed(path, role, null, "nested too deeply to parse");
    } catch (RuntimeException e) {
      return failed(path, role, null, "could not parse: " + e.getClass().getSimpleName());
    }
    if (parsed.unit().isEmpty()) {
      return failed(
          path, role, parsed.line().orElse(null),
          "could not parse Java source: " + parsed.problem().orElse("no details from the parser"));
    }
    return extract(path, parsed.unit().get(), role, depth, mentions);
  }

  private FileFacts extract(
      String path, CompilationUnit unit, SourceRole role, Depth depth, TextGates.Mentions mentions) {
    boolean full = depth == Depth.FULL;
    FactsWalker walker = new FactsWalker(path, unit, sinks, !full);
    List<CodePattern> patterns;
    try {
      unit.accept(walker, null);
      // Most files name neither a version nor a conflict: a text check spares them the walk.
      patterns = full && mentions.conflict() ? ConflictPatterns.extract(path, unit, ImportScope.of(unit), conflicts)
          : List.of();
      if (full && mentions.locking()) {
        patterns = Stream.concat(patterns.stream(), LockingSettings.extract(path, unit).stream()).toList();
      }
      if (full && mentions.persistence()) {
        patterns = Stream.concat(patterns.stream(), PersistencePatterns.extract(path, unit, ImportScope.of(unit)).stream())
            .sorted(Comparator.comparing(CodePattern::location)).toList();
      }
      if (full && mentions.owner()) {
        patterns = Stream.concat(patterns.stream(), OwnerChecks.extract(path, unit).stream())
            .sorted(Comparator.comparing(CodePattern::location)).toList();
      }
      if (full && mentions.rowCreation()) {
        patterns = Stream.concat(patterns.stream(), RowCreations.extract(path, unit).stream())
            .sorted(Comparator.comparing(CodePattern::location)).toList();
      }
      if (!walker.builtArguments.isEmpty() || !walker.callerKeys.isEmpty()) {
        patterns = Stream.of(patterns.stream(), walker.builtArguments.stream(), walker.callerKeys.stream())
            .flatMap(p -> p).sorted(Comparator.comparing(CodePattern::location)).toList();
      }
    } catch (StackOverflowError e) {
      return failed(path, role, walker.line, "nested too deeply to analyse");
    } catch (RuntimeException e) {
      return failed(path, role, walker.line, "could not analyse: " + e);
    }
    List<StringConstant> constants =
        walker.constants.stream().sorted(Comparator.comparing(StringConstant::location)).toList();
    List<SqlCall> calls = walker.sqlCalls.stream().sorted(Comparator.comparing(SqlCall::location)).toList();
    // Most files declare no entity: a text check spares them the search for annotated classes.
    List<EntityFacts> entities =
        mentions.entity() ? EntityExtractor.extract(unit, path, ImportScope.of(unit)) : List.of();
    return FileFacts.ofJava(path, role, constants, calls, entities, walker.types(), patterns);
  }

  private static FileFacts failed(String path, SourceRole role, Integer line, String message) {
    return FileFacts.failed(path, role, ProcessingError.of(ErrorKind.PARSE_JAVA, path, line, message));
  }
}
