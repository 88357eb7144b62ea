package io.whalepod.model;

/** An environment variable with a literal value. */
public record EnvVar(String name, String value) {
  public static EnvVar of(String name, String value) {
    return new EnvVar(name, value);
  }
}
