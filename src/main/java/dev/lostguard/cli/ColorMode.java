package dev.lostguard.cli;

import java.util.Map;

/** {@code --color}: {@code auto} colours an interactive terminal unless {@code NO_COLOR} is set. */
public enum ColorMode {
  auto,
  always,
  never;

  boolean enabled(boolean interactive, Map<String, String> environment) {
    return switch (this) {
      case always -> true;
      case never -> false;
      case auto -> interactive
          && environment.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(environment.get("TERM"));
    };
  }
}
