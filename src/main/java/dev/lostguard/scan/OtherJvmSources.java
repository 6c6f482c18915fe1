package dev.lostguard.scan;

import java.util.Locale;

/**
 * Source files of JVM languages lostguard does not read (Kotlin, Groovy, Scala). Their calls into Java
 * code are unseen, so a project that has them in its application code never has a data-access method
 * set aside as uncalled. Gradle's {@code .kts} build scripts are no application code.
 */
final class OtherJvmSources {

  private OtherJvmSources() {}

  static boolean named(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".kt") || name.endsWith(".groovy") || name.endsWith(".scala");
  }
}
