package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a simple name can mean in one file, from its package and imports: without a classpath, a type
 * or constant is matched by qualified-name candidates, most likely first, and never guessed beyond
 * them.
 */
public final class ImportScope {

  private final String packageName;
  private final Map<String, String> singleTypeImports = new HashMap<>();
  private final List<String> wildcardPackages = new ArrayList<>();
  /** Static single imports: member name to declaring class. */
  private final Map<String, String> staticMembers = new HashMap<>();
  private final List<String> staticWildcardClasses = new ArrayList<>();

  private ImportScope(String packageName) {
    this.packageName = packageName;
  }

  public static ImportScope of(CompilationUnit unit) {
    ImportScope scope =
        new ImportScope(unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""));
    for (ImportDeclaration declaration : unit.getImports()) {
      String name = declaration.getNameAsString();
      if (declaration.isStatic()) {
        if (declaration.isAsterisk()) {
          scope.staticWildcardClasses.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          if (dot > 0) {
            scope.staticMembers.put(name.substring(dot + 1), name.substring(0, dot));
          }
        }
      } else if (declaration.isAsterisk()) {
        scope.wildcardPackages.add(name);
      } else {
        scope.singleTypeImports.put(simpleName(name), name);
      }
    }
    return scope;
  }

  public String packageName() {
    return packageName;
  }

  /**
   * Qualified names a type reference may denote: a qualified reference as written, else the explicit
   * import, the same package, then each wildcard import. {@code Outer.Inner} resolves its first
   * segment the same way.
   */
  public List<String> typeCandidates(String written) {
    Set<String> candidates = new LinkedHashSet<>();
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    String rest = dot < 0 ? "" : written.substring(dot);
    if (dot > 0 && Character.isLowerCase(head.charAt(0))) {
      candidates.add(written); // already qualified: com.example.Queries
      return List.copyOf(candidates);
    }
    String imported = singleTypeImports.get(head);
    if (imported != null) {
      candidates.add(imported + rest);
    }
    candidates.add(qualify(head) + rest);
    for (String wildcard : wildcardPackages) {
      candidates.add(wildcard + "." + head + rest);
    }
    return List.copyOf(candidates);
  }

  /**
   * Whether a type written as {@code written} may denote {@code qualified}: a qualified reference
   * must equal it; an explicitly imported simple name denotes only its import (it shadows wildcards);
   * otherwise the same package or a wildcard import may supply it.
   */
  public boolean mayDenote(String written, String qualified) {
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    if (dot > 0 && Character.isLowerCase(head.charAt(0))) {
      return written.equals(qualified);
    }
    String imported = singleTypeImports.get(head);
    if (imported != null) {
      return (imported + (dot < 0 ? "" : written.substring(dot))).equals(qualified);
    }
    return typeCandidates(written).contains(qualified);
  }

  /** Whether some import of this file (type, wildcard or static) lies in {@code packagePrefix} or below it. */
  public boolean importsFrom(String packagePrefix) {
    String prefix = packagePrefix + ".";
    return singleTypeImports.values().stream().anyMatch(n -> n.startsWith(prefix))
        || wildcardPackages.stream().anyMatch(n -> n.equals(packagePrefix) || n.startsWith(prefix))
        || staticMembers.values().stream().anyMatch(n -> n.startsWith(prefix))
        || staticWildcardClasses.stream().anyMatch(n -> n.startsWith(prefix));
  }

  /** Classes that may declare a statically imported member named {@code member}. */
  public List<String> staticOwnerCandidates(String member) {
    List<String> owners = new ArrayList<>();
    String owner = staticMembers.get(member);
    if (owner != null) {
      owners.add(owner);
    }
    owners.addAll(staticWildcardClasses);
    return owners;
  }

  /** {@code name} in this file's package. */
  public String qualify(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  private static String simpleName(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? qualified : qualified.substring(dot + 1);
  }
}
