package dev.lostguard.scan;

/**
 * A configuration file that cannot be used, with a one-line reason naming the file and the JSON path
 * ({@code lostguard.json: $.rules.no-such-rule: unknown rule id}). The command line exits 2 on it.
 */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
