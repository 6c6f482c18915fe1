package dev.lostguard.model;

/**
 * A method of the project, identified without a classpath: its declaring class, name and number of
 * parameters. Overloads of the same arity share a reference; the call graph treats them as one node.
 *
 * @param owner qualified name of the declaring class (nested classes joined with {@code .})
 */
public record MethodRef(String owner, String name, int arity) implements Comparable<MethodRef> {

  /** {@code OrderService.save}, as chains show it. */
  public String label() {
    int dot = owner.lastIndexOf('.');
    return (dot < 0 ? owner : owner.substring(dot + 1)) + "." + name;
  }

  @Override
  public int compareTo(MethodRef other) {
    int byOwner = owner.compareTo(other.owner);
    if (byOwner != 0) {
      return byOwner;
    }
    int byName = name.compareTo(other.name);
    return byName != 0 ? byName : Integer.compare(arity, other.arity);
  }
}
