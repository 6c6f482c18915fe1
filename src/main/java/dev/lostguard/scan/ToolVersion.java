package dev.lostguard.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** lostguard's version, filtered into the jar from the POM. */
public final class ToolVersion {

  private ToolVersion() {}

  public static String current() {
    try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/lostguard/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
