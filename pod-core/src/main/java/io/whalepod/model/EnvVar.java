package io.whalepod.model;

/**
 * An environment variable with a literal value.
 *
 * @param name the variable's name
 * @param value its value
 */
public record EnvVar(String name, String value) {
  /**
   * An environment variable.
   *
   * @param name the variable's name
   * @param value its value
   * @return the variable
   */
  public static EnvVar of(String name, String value) {
    return new EnvVar(name, value);
  }
}
