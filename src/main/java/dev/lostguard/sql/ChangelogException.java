package dev.lostguard.sql;

/** A changelog that cannot be read, with the line where reading stopped. */
final class ChangelogException extends Exception {

  private final int line;

  ChangelogException(int line, String message) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
