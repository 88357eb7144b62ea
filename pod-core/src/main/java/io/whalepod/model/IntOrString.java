package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kubernetes' IntOrString, used for probe and hook ports: a number or a named container port. */
public record IntOrString(Integer number, String name) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(int number) {
    return new IntOrString(number, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(String name) {
    return new IntOrString(null, name);
  }

  public boolean isNumber() {
    return number != null;
  }

  @JsonValue
  public Object json() {
    return number != null ? number : name;
  }

  @Override
  public String toString() {
    return String.valueOf(json());
  }
}
