package dev.lostguard.scan;

/** Git could not say what changed (no repository, unknown ref, git missing); a one-line reason. */
public final class GitException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }
}
