package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Kubernetes' IntOrString, used for probe and hook ports: a number or a named container port.
 *
 * @param number the port number; null when a name is given
 * @param name   the container port's name; null when a number is given
 */
public record IntOrString(Integer number, String name) {

  /**
   * A port by number.
   *
   * @param number the port number
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(int number) {
    return new IntOrString(number, null);
  }

  /**
   * A port by name.
   *
   * @param name a container port's name
   * @return the value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static IntOrString of(String name) {
    return new IntOrString(null, name);
  }

  /**
   * Whether the value is a number rather than a name.
   *
   * @return true when {@code number} is set
   */
  public boolean isNumber() {
    return number != null;
  }

  /**
   * The value as YAML writes it: a bare number or a string.
   *
   * @return the number or the name
   */
  @JsonValue
  public Object json() {
    return number != null ? number : name;
  }

  @Override
  public String toString() {
    return String.valueOf(json());
  }
}
