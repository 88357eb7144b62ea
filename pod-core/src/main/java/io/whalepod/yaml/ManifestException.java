package io.whalepod.yaml;

import io.whalepod.WhalepodException;

/**
 * A manifest that cannot be read: YAML syntax, an unknown field, a wrong type or kind. Carries the source, line
 * and column (1-based; 0 when unknown) and the field path where the problem is.
 */
public class ManifestException extends WhalepodException {
  private final String source;
  private final int line;
  private final int column;
  private final String fieldPath;
  private final String problem;

  public ManifestException(String source, int line, int column, String fieldPath, String problem, Throwable cause) {
    super(render(source, line, column, fieldPath, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.fieldPath = fieldPath;
    this.problem = problem;
  }

  private static String render(String source, int line, int column, String fieldPath, String problem) {
    String where = line > 0 ? source + ":" + line + ":" + column : source;
    return where + ": " + (fieldPath == null || fieldPath.isEmpty() ? "" : fieldPath + ": ") + problem;
  }

  public String source() { return source; }
  public int line() { return line; }
  public int column() { return column; }
  /** The field path such as {@code spec.containers[0].imagee}; empty when the problem is not in a field. */
  public String fieldPath() { return fieldPath == null ? "" : fieldPath; }
  public String problem() { return problem; }
}
