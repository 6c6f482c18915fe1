package dev.lostguard.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref, read with the git CLI: committed changes since the merge base
 * with {@code HEAD} (since the ref itself when a shallow clone lacks the merge base), uncommitted
 * changes, and untracked files that are not ignored.
 *
 * <p>The scanned repository is untrusted: its own configuration must never run a command. Every call
 * turns off the file-system monitor and hooks, external diff and textconv drivers, the pager, and every
 * clean/smudge filter the configuration names (a working-tree diff would otherwise run them);
 * submodules, whose own configuration could do the same, are never looked into; system configuration
 * and terminal prompts are off, and each call has a time limit.
 */
public final class GitChanges {

  private static final long TIMEOUT_SECONDS = 60;

  private final Path directory;
  private final List<String> safety = new ArrayList<>();

  private GitChanges(Path directory) {
    this.directory = directory;
    safety.addAll(List.of("git", "-c", "core.fsmonitor=", "-c", "core.hooksPath=/dev/null"));
  }

  /**
   * @param root the scan root; git runs there, and the paths returned are relative to it
   * @return changed files below {@code root}, relative to it with {@code /}
   */
  public static Set<String> since(String ref, Path root) throws GitException {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new GitException("not a git revision: '" + ref + "'");
    }
    GitChanges git = new GitChanges(root);
    Path top;
    try {
      top = Path.of(git.run("rev-parse", "--show-toplevel").strip()).toRealPath();
    } catch (IOException e) {
      throw new GitException("cannot resolve the repository of " + root + ": " + e.getMessage());
    } catch (GitException e) {
      throw new GitException(e.getMessage().contains("not a git repository")
          ? "needs a git repository, and " + root + " is not in one"
          : e.getMessage());
    }
    git.neutraliseFilters();
    try {
      git.run("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
    } catch (GitException e) {
      boolean shallow = git.quietly("rev-parse", "--is-shallow-repository").strip().equals("true");
      throw new GitException("unknown git ref '" + ref + "'"
          + (shallow ? " (a shallow clone: fetch it, or deepen the history with git fetch --deepen)" : ""));
    }
    List<String> changed = new ArrayList<>();
    try {
      changed.addAll(git.diff(ref + "...HEAD"));
    } catch (GitException noMergeBase) {
      changed.addAll(git.diff(ref, "HEAD"));
    }
    changed.addAll(git.diff("HEAD"));
    changed.addAll(git.paths("ls-files", "--others", "--exclude-standard", "--full-name", "-z"));
    return relativeTo(top, root, changed);
  }

  private static Set<String> relativeTo(Path top, Path root, List<String> topRelative) throws GitException {
    Path base;
    try {
      base = root.toRealPath();
    } catch (IOException e) {
      throw new GitException("cannot resolve " + root + ": " + e.getMessage());
    }
    Set<String> paths = new TreeSet<>();
    for (String path : topRelative) {
      Path absolute = top.resolve(path).normalize();
      if (absolute.startsWith(base)) {
        paths.add(base.relativize(absolute).toString().replace('\\', '/'));
      }
    }
    return paths;
  }

  /** Empties every filter driver the configuration defines, so that no clean filter runs. */
  private void neutraliseFilters() {
    Set<String> drivers = new TreeSet<>();
    for (String key : quietly("config", "--name-only", "--get-regexp", "^filter\\.").split("\n")) {
      int last = key.lastIndexOf('.');
      if (key.startsWith("filter.") && last > "filter.".length()) {
        drivers.add(key.substring("filter.".length(), last));
      }
    }
    for (String driver : drivers) {
      for (String setting : List.of("clean=", "smudge=", "process=", "required=false")) {
        safety.add("-c");
        safety.add("filter." + driver + "." + setting);
      }
    }
  }

  /** Names of the files that differ between the revisions (one: the working tree and that revision). */
  private List<String> diff(String... revisions) throws GitException {
    List<String> args = new ArrayList<>(
        List.of("diff", "--name-only", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "-z"));
    args.addAll(List.of(revisions));
    args.add("--");
    return paths(args.toArray(String[]::new));
  }

  private List<String> paths(String... args) throws GitException {
    List<String> paths = new ArrayList<>();
    for (String path : run(args).split("\0")) {
      if (!path.isEmpty()) {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The output of a command whose failure only means "nothing to say". */
  private String quietly(String... args) {
    try {
      return run(args);
    } catch (GitException e) {
      return "";
    }
  }

  private String run(String... args) throws GitException {
    List<String> command = new ArrayList<>(safety);
    command.add("--no-pager");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("GIT_CONFIG_NOSYSTEM", "1");
    environment.put("GIT_TERMINAL_PROMPT", "0");
    environment.put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage());
    }
    try {
      process.getOutputStream().close();
      FutureTask<String> out = reader(process.getInputStream());
      FutureTask<String> err = reader(process.getErrorStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitException("git " + args[0] + " took longer than " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        String reason = err.get().strip();
        throw new GitException(reason.isEmpty() ? "git " + args[0] + " failed" : reason.lines().findFirst().orElse(""));
      }
      return out.get();
    } catch (IOException | ExecutionException e) {
      throw new GitException("cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new GitException("interrupted while running git");
    }
  }

  /** Drains a stream on its own daemon thread, so that neither pipe can fill up and block git. */
  private static FutureTask<String> reader(InputStream stream) {
    FutureTask<String> task = new FutureTask<>(() -> text(stream));
    Thread thread = new Thread(task, "lostguard-git");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static String text(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
