package dev.lostguard.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One report a scan writes: a format and where it goes.
 *
 * @param file the file to write atomically, or null for standard output
 */
record FormatTarget(OutputFormat format, Path file) {

  boolean toStandardOutput() {
    return file == null;
  }

  /** Reads {@code FORMAT} or {@code FORMAT:FILE}; the format is case-insensitive, the file anything. */
  static final class Converter implements ITypeConverter<FormatTarget> {
    @Override
    public FormatTarget convert(String value) {
      int colon = value.indexOf(':');
      String name = colon < 0 ? value : value.substring(0, colon);
      OutputFormat format;
      try {
        format = OutputFormat.valueOf(name.trim().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown format '" + name + "' (expected " + names() + ")");
      }
      if (colon < 0) {
        return new FormatTarget(format, null);
      }
      String file = value.substring(colon + 1);
      if (file.isBlank()) {
        throw new TypeConversionException("no file after '" + name + ":'");
      }
      return new FormatTarget(format, Path.of(file));
    }

    static String names() {
      return Arrays.stream(OutputFormat.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
  }
}
