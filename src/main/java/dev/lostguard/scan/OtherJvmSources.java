package dev.lostguard.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source files of JVM languages lostguard does not parse (Kotlin, Groovy, Scala). Their calls into Java
 * code are unseen, so what they may call is known only by the words they contain: a data-access method
 * whose name is no word of theirs is not called from them. Gradle's {@code .kts} build scripts are no
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
   * Every identifier-like word of the files, or empty when one of them could not be read (or is too
   * large to read whole): then any Java method may be called from them.
   */
  static Optional<Set<String>> wordsOf(List<FileWalker.ScannedFile> files) {
    Set<String> words = new HashSet<>();
    for (FileWalker.ScannedFile file : files) {
      try {
        if (Files.size(file.file()) > LARGEST_READ) {
          return Optional.empty();
        }
        // Latin-1 maps every byte to a character: identifiers made of ASCII letters read the same in any encoding.
        Matcher found = WORD.matcher(Files.readString(file.file(), StandardCharsets.ISO_8859_1));
        while (found.find()) {
          words.add(found.group());
        }
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(words);
  }
}
