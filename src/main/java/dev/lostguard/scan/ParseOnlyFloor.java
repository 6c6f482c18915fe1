package dev.lostguard.scan;

import com.github.javaparser.JavaParser;
import dev.lostguard.java.JavaParsing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The floor that benchmarks compare a scan against: walk, read and parse every {@code .java} file
 * with the same parser configuration and threads as a scan, and extract nothing.
 */
public final class ParseOnlyFloor {

  private ParseOnlyFloor() {}

  /** What the floor read: files, lines, and how many files did not parse. */
  public record Result(int files, int filesSkipped, long lines, int unparsed) {}

  private record FileOutcome(long lines, boolean parsed, boolean skipped) {}

  public static Result run(ScanRequest request) {
    FileWalker walker = FileWalker.of(request, name -> name.endsWith(".java"));
    List<FileWalker.ScannedFile> files;
    try {
      files = walker.walk(request.paths());
    } catch (IOException e) {
      throw new UncheckedIOException("could not walk " + request.paths(), e);
    }
    ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(JavaParsing::newParser);
    List<FileOutcome> outcomes;
    try (Workers workers = new Workers(request.threads())) {
      outcomes =
          workers.map(
              files,
              file -> {
                Optional<String> text = SourceText.read(file.file(), file.relativePath()).text();
                if (text.isEmpty()) {
                  return new FileOutcome(0, false, true);
                }
                boolean parsed;
                try {
                  parsed = JavaParsing.parse(parsers.get(), text.get()).unit().isPresent();
                } catch (RuntimeException | StackOverflowError e) {
                  parsed = false;
                }
                return new FileOutcome(text.get().lines().count(), parsed, false);
              },
              (file, failure) -> new FileOutcome(0, false, false));
    }
    long lines = outcomes.stream().mapToLong(FileOutcome::lines).sum();
    int skipped = (int) outcomes.stream().filter(FileOutcome::skipped).count();
    int unparsed = (int) outcomes.stream().filter(o -> !o.skipped() && !o.parsed()).count();
    return new Result(files.size() - skipped, skipped, lines, unparsed);
  }
}
