package dev.lostguard.java;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope walk that the pattern walkers share: it names the class, enum or record being visited
 * (nested types as {@code Outer.Inner}), hands each type, method, constructor and declared local to a
 * hook, and skips field initializers, which hold no pattern worth a fact.
 */
abstract class ScopedVisitor extends VoidVisitorAdapter<Void> {

  private final ImportScope imports;
  private final List<String> typeNames = new ArrayList<>();

  ScopedVisitor(ImportScope imports) {
    this.imports = imports;
  }

  /** Runs {@code body} (the walk of the type's members) inside whatever scope the walker keeps. */
  abstract void inType(TypeDeclaration<?> declaration, Runnable body);

  /** Runs {@code body} (the walk of the method) inside whatever scope the walker keeps. */
  abstract void inMethod(CallableDeclaration<?> declaration, String name, Runnable body);

  /** A lambda parameter ({@code initializer} null) or a local variable. */
  abstract void declareLocal(String name, Type type, Expression initializer);

  /** The qualified name of the innermost type being visited; null outside every type. */
  final String typeName() {
    return typeNames.isEmpty() ? null : typeNames.get(typeNames.size() - 1);
  }

  @Override
  public void visit(ClassOrInterfaceDeclaration n, Void arg) {
    walkType(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(EnumDeclaration n, Void arg) {
    walkType(n, () -> super.visit(n, arg));
  }

  @Override
  public void visit(RecordDeclaration n, Void arg) {
    walkType(n, () -> super.visit(n, arg));
  }

  private void walkType(TypeDeclaration<?> declaration, Runnable body) {
    String name = declaration.getNameAsString();
    typeNames.add(typeNames.isEmpty() ? imports.qualify(name) : typeName() + "." + name);
    inType(declaration, body);
    typeNames.remove(typeNames.size() - 1);
  }

  @Override
  public void visit(MethodDeclaration n, Void arg) {
    inMethod(n, n.getNameAsString(), () -> super.visit(n, arg));
  }

  @Override
  public void visit(ConstructorDeclaration n, Void arg) {
    inMethod(n, "<init>", () -> super.visit(n, arg));
  }

  @Override
  public void visit(LambdaExpr n, Void arg) {
    n.getParameters().forEach(p -> declareLocal(p.getNameAsString(), p.getType(), null));
    super.visit(n, arg);
  }

  @Override
  public void visit(VariableDeclarationExpr n, Void arg) {
    n.getVariables().forEach(v -> declareLocal(v.getNameAsString(), v.getType(), v.getInitializer().orElse(null)));
    super.visit(n, arg);
  }

  @Override
  public void visit(FieldDeclaration n, Void arg) {
    // Field initializers hold no pattern worth a fact; skipping them keeps the walk short.
  }
}
