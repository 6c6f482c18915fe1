package dev.lostguard.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The files git tracks, read from the repository's index ({@code .git/index}, versions 2 to 4) without
 * running git. Git never ignores a tracked file, whatever a {@code .gitignore} says ({@code *.sql}
 * ignored, {@code sql/schema.sql} committed anyway), so neither does the scan. An index that is
 * missing, too large or unreadable tracks nothing: the {@code .gitignore} files decide alone.
 */
final class GitIndex {

  private static final long MAX_INDEX_BYTES = 256L * 1024 * 1024;
  private static final int SIGNATURE = 0x44495243; // "DIRC"
  private static final int FIXED_ENTRY_BYTES = 62;
  private static final int EXTENDED_FLAG = 0x4000;
  private static final int NAME_MASK = 0x0FFF;

  /** Absolute paths, with {@code /} separators. */
  private final NavigableSet<String> tracked;

  private GitIndex(NavigableSet<String> tracked) {
    this.tracked = tracked;
  }

  static GitIndex none() {
    return new GitIndex(new TreeSet<>());
  }

  /** The index of the repository that holds {@code root} (found in it or a folder above). */
  static GitIndex of(Path root) {
    for (Path folder = root; folder != null; folder = folder.getParent()) {
      Path dotGit = folder.resolve(".git");
      if (Files.isDirectory(dotGit)) {
        return read(folder, dotGit.resolve("index"));
      }
      if (Files.isRegularFile(dotGit)) {
        return none(); // a worktree or submodule: its index lives elsewhere, so .gitignore decides
      }
    }
    return none();
  }

  private static GitIndex read(Path repository, Path index) {
    try {
      if (!Files.isRegularFile(index) || Files.size(index) > MAX_INDEX_BYTES) {
        return none();
      }
      return new GitIndex(paths(repository, ByteBuffer.wrap(Files.readAllBytes(index))));
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }

  static NavigableSet<String> paths(Path repository, ByteBuffer index) {
    NavigableSet<String> paths = new TreeSet<>();
    if (index.remaining() < 12 || index.getInt() != SIGNATURE) {
      return paths;
    }
    int version = index.getInt();
    int entries = index.getInt();
    if (version < 2 || version > 4 || entries < 0) {
      return paths;
    }
    String base = repository.toAbsolutePath().normalize().toString().replace('\\', '/');
    byte[] previous = new byte[0];
    for (int i = 0; i < entries; i++) {
      int start = index.position();
      index.position(start + FIXED_ENTRY_BYTES - 2);
      int flags = Short.toUnsignedInt(index.getShort());
      if (version >= 3 && (flags & EXTENDED_FLAG) != 0) {
        index.getShort();
      }
      byte[] name;
      if (version == 4) {
        int strip = (int) varint(index);
        byte[] suffix = untilNul(index);
        int kept = Math.max(0, previous.length - strip);
        name = new byte[kept + suffix.length];
        System.arraycopy(previous, 0, name, 0, kept);
        System.arraycopy(suffix, 0, name, kept, suffix.length);
      } else {
        name = untilNul(index);
        int length = index.position() - start;
        index.position(start + ((length + 7) / 8) * 8); // NUL padding to a multiple of 8
      }
      previous = name;
      paths.add(base + "/" + new String(name, StandardCharsets.UTF_8));
      if ((flags & NAME_MASK) == 0 && name.length == 0) {
        break;
      }
    }
    return paths;
  }

  /** Git's offset varint of index version 4. */
  private static long varint(ByteBuffer in) {
    int b = Byte.toUnsignedInt(in.get());
    long value = b & 0x7f;
    while ((b & 0x80) != 0) {
      b = Byte.toUnsignedInt(in.get());
      value = ((value + 1) << 7) | (b & 0x7f);
    }
    return value;
  }

  private static byte[] untilNul(ByteBuffer in) {
    int start = in.position();
    while (in.get() != 0) {
      // scan to the terminator
    }
    byte[] bytes = new byte[in.position() - start - 1];
    in.position(start);
    in.get(bytes);
    in.get();
    return bytes;
  }

  boolean tracks(Path absolute) {
    return tracked.contains(key(absolute));
  }

  /** Some tracked file lies below the folder: it cannot be skipped whole. */
  boolean tracksBelow(Path folder) {
    String prefix = key(folder) + "/";
    String next = tracked.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  private static String key(Path path) {
    return path.toAbsolutePath().normalize().toString().replace('\\', '/');
  }
}
