package io.whalepod.yaml;

import io.whalepod.WhalepodException;

/**
 * A manifest that cannot be read: YAML syntax, an unknown field, a wrong type or kind. Carries the source, line
 * and column (1-based; 0 when unknown) and the field path where the problem is.
 */
public class ManifestException extends WhalepodException {
  /** The file name, {@code stdin} or {@code <string>}. */
  private final String source;
  /** The 1-based line, or 0 when unknown. */
  private final int line;
  /** The 1-based column, or 0 when unknown. */
  private final int column;
  /** The field path; may be null or empty. */
  private final String fieldPath;
  /** What is wrong, without the location. */
  private final String problem;

  /**
   * A manifest that cannot be read. The message is {@code source:line:column: fieldPath: problem}, the parts
   * that are unknown left out.
   *
   * @param source    what was read: a file name, {@code stdin} or {@code <string>}
   * @param line      the 1-based line; 0 when unknown
   * @param column    the 1-based column; 0 when unknown
   * @param fieldPath where the problem is, such as {@code spec.containers[0].imagee}; may be null or empty
   * @param problem   what is wrong
   * @param cause     the parser's error; may be null
   */
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

  /**
   * What was read.
   *
   * @return a file name, {@code stdin} or {@code <string>}
   */
  public String source() { return source; }

  /**
   * The line of the problem.
   *
   * @return the 1-based line; 0 when unknown
   */
  public int line() { return line; }

  /**
   * The column of the problem.
   *
   * @return the 1-based column; 0 when unknown
   */
  public int column() { return column; }

  /**
   * The field path such as {@code spec.containers[0].imagee}.
   *
   * @return the path; empty when the problem is not in a field, never null
   */
  public String fieldPath() { return fieldPath == null ? "" : fieldPath; }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() { return problem; }
}
