package dev.lostguard.scan;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds the files to scan under the requested paths. Skips {@code .git}, {@code node_modules} and
 * build output ({@code target}, {@code build}, {@code out} beside a {@code pom.xml} or Gradle build),
 * what the {@code .gitignore} files of the root and below ignore (unless turned off), the user's
 * excludes, and files that match none of the user's includes (when there are any). Symbolic links
 * to directories are never followed (their targets inside the
 * tree are walked directly, which also rules out loops); a linked file is read only when its target
 * lies inside the scan root.
 */
final class FileWalker {

  private static final Set<String> ALWAYS_SKIPPED = Set.of(".git", "node_modules");
  private static final Set<String> BUILD_OUTPUT = Set.of("target", "build", "out");

  /** A file to scan, with its report path. */
  record ScannedFile(Path file, String relativePath) {}

  private final Path root;
  private final Path realRoot;
  private final List<PathMatcher> excludes;
  private final List<PathMatcher> includes;
  private final GitIgnoreTree gitIgnore;
  private final Predicate<String> wanted;

  /**
   * @param wanted which file names the front-ends read (by lower-case name)
   */
  FileWalker(Path root, List<String> excludeGlobs, Predicate<String> wanted) {
    this(root, excludeGlobs, List.of(), false, wanted);
  }

  private FileWalker(
      Path root, List<String> excludeGlobs, List<String> includeGlobs, boolean respectGitignore,
      Predicate<String> wanted) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root);
    this.excludes = matchers(excludeGlobs);
    this.includes = matchers(includeGlobs);
    this.gitIgnore = respectGitignore ? new GitIgnoreTree(this.root) : null;
    this.wanted = wanted;
  }

  /** The walker a scan request asks for. */
  static FileWalker of(ScanRequest request, Predicate<String> wanted) {
    return new FileWalker(request.root(), request.excludes(), request.includes(), request.respectGitignore(), wanted);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  /** Files under {@code paths}, sorted by report path, each once. */
  List<ScannedFile> walk(List<Path> paths) throws IOException {
    TreeMap<String, ScannedFile> files = new TreeMap<>();
    for (Path start : paths) {
      Path absolute = start.toAbsolutePath().normalize();
      if (Files.isRegularFile(absolute)) {
        String relative = relative(absolute);
        if (!excluded(relative, absolute.getFileName().toString())) {
          files.put(relative, new ScannedFile(absolute, relative));
        }
        continue;
      }
      Files.walkFileTree(absolute, new Visitor(absolute, files));
    }
    return new ArrayList<>(files.values());
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path start;
    private final TreeMap<String, ScannedFile> files;

    Visitor(Path start, TreeMap<String, ScannedFile> files) {
      this.start = start;
      this.files = files;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(start)) {
        return FileVisitResult.CONTINUE;
      }
      String name = dir.getFileName().toString();
      if (ALWAYS_SKIPPED.contains(name) || isBuildOutput(dir, name) || excluded(relative(dir), name)
          || (gitIgnore != null && gitIgnore.ignored(dir, true))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      if (!wanted.test(name.toLowerCase(Locale.ROOT))) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink() && !linkTargetsFileInsideRoot(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
        return FileVisitResult.CONTINUE;
      }
      String relative = relative(file);
      if (!excluded(relative, name) && included(relative) && (gitIgnore == null || !gitIgnore.ignored(file, false))) {
        files.put(relative, new ScannedFile(file, relative));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      // An unreadable directory entry is not worth aborting a scan for; the rest is walked.
      return FileVisitResult.CONTINUE;
    }
  }

  private boolean linkTargetsFileInsideRoot(Path link) {
    Path target = realPath(link);
    return target != null && realRoot != null && target.startsWith(realRoot) && Files.isRegularFile(target);
  }

  private static boolean isBuildOutput(Path dir, String name) {
    if (!BUILD_OUTPUT.contains(name)) {
      return false;
    }
    Path parent = dir.getParent();
    return Files.exists(parent.resolve("pom.xml"))
        || Files.exists(parent.resolve("build.gradle"))
        || Files.exists(parent.resolve("build.gradle.kts"));
  }

  private boolean excluded(String relative, String name) {
    for (PathMatcher matcher : excludes) {
      if (matcher.matches(Path.of(relative)) || matcher.matches(Path.of(name))) {
        return true;
      }
    }
    return false;
  }

  private boolean included(String relative) {
    return includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(Path.of(relative)));
  }

  String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }
}
