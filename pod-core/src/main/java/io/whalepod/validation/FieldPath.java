package io.whalepod.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The path of a field inside a manifest, as apimachinery's {@code field.Path}:
 * {@code FieldPath.root("spec").child("containers").index(1).child("name")} renders
 * {@code spec.containers[1].name}, and {@code key("memory")} renders {@code [memory]} for a map key.
 * Immutable; every step returns a new path that shares its parent.
 */
public final class FieldPath {
  private final FieldPath parent;
  /** The field name, or null when this step is a subscript. */
  private final String name;
  /** The list index or map key of a subscript step, or null when this step is a field name. */
  private final String subscript;

  private FieldPath(FieldPath parent, String name, String subscript) {
    this.parent = parent;
    this.name = name;
    this.subscript = subscript;
  }

  /**
   * A path starting at the top-level field {@code name}, then each of {@code more} as children.
   *
   * @param name the top-level field; never null
   * @param more nested field names, outermost first; none may be null
   * @return the new path
   */
  public static FieldPath root(String name, String... more) {
    return new FieldPath(null, Objects.requireNonNull(name, "name"), null).child(more);
  }

  /**
   * The child field {@code name} of this path, then each of {@code more} as its children.
   *
   * @param name the child field; never null
   * @param more further nested field names, outermost first; none may be null
   * @return the new path; this one is unchanged
   */
  public FieldPath child(String name, String... more) {
    return new FieldPath(this, Objects.requireNonNull(name, "name"), null).child(more);
  }

  private FieldPath child(String[] names) {
    FieldPath path = this;
    for (String next : names) {
      path = new FieldPath(path, Objects.requireNonNull(next, "name"), null);
    }
    return path;
  }

  /**
   * The list element at {@code index}: renders {@code [index]}.
   *
   * @param index the element's position, from 0
   * @return the new path; this one is unchanged
   */
  public FieldPath index(int index) {
    return new FieldPath(this, null, Integer.toString(index));
  }

  /**
   * The map entry with {@code key}: renders {@code [key]}, unquoted, as apimachinery does.
   *
   * @param key the map key; never null
   * @return the new path; this one is unchanged
   */
  public FieldPath key(String key) {
    return new FieldPath(this, null, Objects.requireNonNull(key, "key"));
  }

  /**
   * The path this step hangs off.
   *
   * @return the parent, or null for a root
   */
  public FieldPath parent() {
    return parent;
  }

  /** Renders as apimachinery's {@code Path.String()}: names joined by dots, subscripts in brackets. */
  @Override
  public String toString() {
    Deque<FieldPath> steps = new ArrayDeque<>();
    for (FieldPath p = this; p != null; p = p.parent) {
      steps.push(p);
    }
    StringBuilder out = new StringBuilder();
    for (FieldPath step : steps) {
      if (step.name != null) {
        if (step.parent != null) {
          out.append('.');
        }
        out.append(step.name);
      } else {
        out.append('[').append(step.subscript).append(']');
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
