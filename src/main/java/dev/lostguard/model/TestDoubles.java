package dev.lostguard.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test doubles that live with production code: {@code MockIndexer}, {@code FakeMailer},
 * {@code OrderStoreStub}, or any class of a {@code stroom-index-mock} module or a {@code mock}
 * package. Tests wire them in place of the real implementation; production never runs them. The call
 * graph therefore never dispatches an interface call to one (a chain through {@code MockIndexer} is a
 * path no user can take), and none is an entry point by implementing a library type.
 */
final class TestDoubles {

  private static final Pattern NAME = Pattern.compile("(Mock|Fake|Stub)[A-Z0-9_].*|.+(Mock|Fake|Stub)");
  private static final Set<String> FOLDERS = Set.of("mock", "mocks", "fake", "fakes", "stub", "stubs");
  private static final Set<String> MODULE_SUFFIXES = Set.of("-mock", "-mocks", "-fake", "-fakes", "-test-common",
      "-test-support", "-testing", "-testfixtures");

  private static final List<String> AFFIXES = List.of("Mock", "Fake", "Stub");

  private TestDoubles() {}

  static boolean isTestDouble(TypeFacts type) {
    String simpleName = type.qualifiedName().substring(type.qualifiedName().lastIndexOf('.') + 1);
    if (NAME.matcher(simpleName.substring(simpleName.lastIndexOf('$') + 1)).matches()) {
      return true;
    }
    Location location = type.nameLocation();
    return location != null && inTestDoubleFolder(location.path());
  }

  /**
   * A type that plainly stands in for one it implements: {@code MockKeyValueStore implements
   * KeyValueStore}, {@code OrderStoreStub extends OrderStore}, or any type of a test-double folder or
   * module. Narrower than {@link #isTestDouble}: a feature called {@code FakeErrorService} (an API mock
   * server's own data) stays production code.
   */
  static boolean standsIn(TypeFacts type) {
    Location location = type.nameLocation();
    if (location != null && inTestDoubleFolder(location.path())) {
      return true;
    }
    String qualified = type.qualifiedName();
    String simpleName = qualified.substring(Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$')) + 1);
    for (TypeRef supertype : type.supertypes()) {
      String implemented = supertype.simpleName();
      for (String affix : AFFIXES) {
        if (simpleName.equals(affix + implemented) || simpleName.equals(implemented + affix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inTestDoubleFolder(String path) {
    String[] folders = path.toLowerCase(Locale.ROOT).split("/");
    for (int i = 0; i < folders.length - 1; i++) {
      String folder = folders[i];
      if (FOLDERS.contains(folder) || MODULE_SUFFIXES.stream().anyMatch(folder::endsWith)) {
        return true;
      }
    }
    return false;
  }
}
