package dev.lostguard.scan;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A scanned file's text, or why there is none. UTF-8 (with or without BOM) and UTF-16 with a BOM
 * are decoded as such; other bytes fall back to ISO-8859-1 with a warning, so a legacy-encoded
 * script is still analysed. Files over the size limit and binary files are skipped.
 *
 * @param text the decoded text, empty when the file was skipped
 * @param problem a skip reason or an encoding warning, if any
 */
record SourceText(Optional<String> text, Optional<ProcessingError> problem) {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  static SourceText read(Path file, String relativePath) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return skipped(ErrorKind.SIZE, relativePath, "skipped: " + size + " bytes is over the 10 MB limit");
      }
      return decode(Files.readAllBytes(file), relativePath);
    } catch (IOException | RuntimeException e) {
      return skipped(ErrorKind.IO, relativePath, "could not read file: " + e.getMessage());
    }
  }

  static SourceText decode(byte[] bytes, String relativePath) {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return ok(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return skipped(ErrorKind.ENCODING, relativePath, "skipped: binary content (NUL byte at offset " + i + ")");
      }
    }
    try {
      return ok(strict(StandardCharsets.UTF_8, bytes, offset));
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
      return new SourceText(
          Optional.of(text),
          Optional.of(
              ProcessingError.of(
                  ErrorKind.ENCODING, relativePath, null, "not valid UTF-8; read as ISO-8859-1")));
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static SourceText ok(String text) {
    return new SourceText(Optional.of(text), Optional.empty());
  }

  private static SourceText skipped(ErrorKind kind, String path, String message) {
    return new SourceText(Optional.empty(), Optional.of(ProcessingError.of(kind, path, null, message)));
  }
}
