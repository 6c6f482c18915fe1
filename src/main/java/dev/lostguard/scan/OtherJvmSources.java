package dev.lostguard.scan;

import dev.lostguard.model.CodePattern;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.LockingSetting;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.SourceRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source files of JVM languages lostguard does not parse (Kotlin, Groovy, Scala), read as text. Their
 * calls into Java code are unseen, so what they may call is known only by the words they contain: a
 * data-access method whose name is no word of theirs is not called from them. A configuration among
 * them may switch a framework's optimistic locking on. Gradle's {@code .kts} build scripts are no
 * application code.
 */
final class OtherJvmSources {

  /** Larger files are not read: their calls stay unknown, so nothing is set aside as uncalled. */
  static final long LARGEST_READ = 4L << 20;

  private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private OtherJvmSources() {}

  static boolean named(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".kt") || name.endsWith(".groovy") || name.endsWith(".scala");
  }

  /**
   * What the files say, read as text.
   *
   * @param words every identifier-like word of the files, or empty when one of them could not be read
   *     (or is too large to read whole): then any Java method may be called from them
   * @param facts per file that switches a framework's optimistic locking on ({@code
   *     Settings().withExecuteWithOptimisticLocking(true)} in a Kotlin configuration), that switch
   */
  record Text(Optional<Set<String>> words, List<FileFacts> facts) {}

  private static final Pattern JOOQ_SWITCH = Pattern.compile(
      "(?:with|set)ExecuteWithOptimisticLocking\\s*\\(\\s*(?:true|(?:java\\.lang\\.)?Boolean\\.TRUE)\\s*\\)"
          + "|(?:is)?[eE]xecuteWithOptimisticLocking\\s*=\\s*true");
  private static final Pattern MYBATIS_PLUS_SWITCH = Pattern.compile("OptimisticLocker(?:Inner)?Interceptor\\s*\\(");

  /** Reads the application's files, whose role is {@code role}. */
  static Text read(List<FileWalker.ScannedFile> files, SourceRole role) {
    Set<String> words = new HashSet<>();
    List<FileFacts> facts = new ArrayList<>();
    boolean allRead = true;
    for (FileWalker.ScannedFile file : files) {
      String content;
      try {
        if (Files.size(file.file()) > LARGEST_READ) {
          allRead = false;
          continue;
        }
        // Latin-1 maps every byte to a character: identifiers made of ASCII letters read the same in any encoding.
        content = Files.readString(file.file(), StandardCharsets.ISO_8859_1);
      } catch (IOException | RuntimeException e) {
        allRead = false;
        continue;
      }
      Matcher found = WORD.matcher(content);
      while (found.find()) {
        words.add(found.group());
      }
      List<CodePattern> switches = new ArrayList<>();
      switches(content, JOOQ_SWITCH, MappedWrite.Framework.JOOQ, file.relativePath(), switches);
      switches(content, MYBATIS_PLUS_SWITCH, MappedWrite.Framework.MYBATIS_PLUS, file.relativePath(), switches);
      if (!switches.isEmpty()) {
        facts.add(FileFacts.ofJava(file.relativePath(), role, List.of(), List.of(), List.of(), List.of(), switches));
      }
    }
    return new Text(allRead ? Optional.of(words) : Optional.empty(), List.copyOf(facts));
  }

  private static void switches(
      String content, Pattern pattern, MappedWrite.Framework framework, String path, List<CodePattern> out) {
    Matcher found = pattern.matcher(content);
    while (found.find()) {
      int line = 1 + (int) content.substring(0, found.start()).chars().filter(c -> c == '\n').count();
      out.add(new LockingSetting(framework, new Location(path, line, 1, line, 1), null));
    }
  }
}
