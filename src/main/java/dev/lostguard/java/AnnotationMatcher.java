package dev.lostguard.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds framework annotations on a declaration without a classpath: an annotation counts only when
 * its written name, through the file's imports, denotes one of the given packages. A simple name is
 * accepted when it is imported from such a package, or when no single-type import claims it and the
 * file imports such a package with a wildcard; a same-named annotation imported from elsewhere is not
 * it.
 */
final class AnnotationMatcher {

  static final Set<String> JPA = Set.of("jakarta.persistence", "javax.persistence");
  static final Set<String> VERSION =
      Set.of("jakarta.persistence", "javax.persistence", "org.springframework.data.annotation");
  static final Set<String> HIBERNATE = Set.of("org.hibernate.annotations");
  static final Set<String> SPRING_DATA = Set.of("org.springframework.data.annotation");
  static final Set<String> SPRING_DATA_RELATIONAL = Set.of("org.springframework.data.relational.core.mapping");
  static final Set<String> MONGO = Set.of("org.springframework.data.mongodb.core.mapping");
  static final Set<String> MYBATIS_PLUS = Set.of("com.baomidou.mybatisplus.annotation");
  static final Set<String> TK_MYBATIS = Set.of("tk.mybatis.mapper.annotation");

  private final ImportScope imports;

  AnnotationMatcher(ImportScope imports) {
    this.imports = imports;
  }

  Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Set<String> packages, String simpleName) {
    for (AnnotationExpr annotation : node.getAnnotations()) {
      if (matches(annotation, packages, simpleName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  boolean has(NodeWithAnnotations<?> node, Set<String> packages, String simpleName) {
    return find(node, packages, simpleName).isPresent();
  }

  boolean matches(AnnotationExpr annotation, Set<String> packages, String simpleName) {
    if (!annotation.getName().getIdentifier().equals(simpleName)) {
      return false;
    }
    return denotes(annotation.getNameAsString(), packages);
  }

  /** Whether a written type or enum-constant owner name means a type of one of {@code packages}. */
  boolean denotes(String written, Set<String> packages) {
    List<String> candidates = imports.typeCandidates(written);
    if (candidates.isEmpty()) {
      return false;
    }
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    String first = candidates.get(0);
    boolean qualified = dot > 0 && Character.isLowerCase(head.charAt(0));
    boolean singleImport = !qualified && !first.equals(imports.qualify(written));
    if (qualified || singleImport) {
      return inPackage(first, packages);
    }
    // No single-type import: a same-package type or a wildcard import; only the latter can be ours.
    return candidates.stream().skip(1).anyMatch(c -> inPackage(c, packages))
        || inPackage(first, packages);
  }

  private static boolean inPackage(String qualifiedType, Set<String> packages) {
    int dot = qualifiedType.lastIndexOf('.');
    return dot > 0 && packages.contains(qualifiedType.substring(0, dot));
  }

  /** The expression of an annotation attribute; {@code value} also matches a single-member annotation. */
  static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
