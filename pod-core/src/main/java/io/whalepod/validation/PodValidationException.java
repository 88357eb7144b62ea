package io.whalepod.validation;

import io.whalepod.WhalepodException;
import java.util.List;

/**
 * A pod that cannot run as written. The message names the pod and lists every problem on its own line, as
 * {@code kubectl} does:
 *
 * <pre>
 * The Pod "web" is invalid:
 * * spec.containers[0].image: Required value
 * * spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"
 * </pre>
 */
public class PodValidationException extends WhalepodException {
  /** The pod's name, or null when it has none. */
  private final String podName;
  /** Every problem, in field order; immutable, never empty. */
  private final List<FieldError> errors;

  /**
   * @param podName the pod's name, or null when it has none
   * @param errors every problem, at least one
   */
  public PodValidationException(String podName, List<FieldError> errors) {
    super(render(podName, errors));
    this.podName = podName;
    this.errors = List.copyOf(errors);
  }

  /**
   * The name of the invalid pod.
   *
   * @return the pod's name, or null when it has none
   */
  public String podName() {
    return podName;
  }

  /**
   * Every problem, in field order.
   *
   * @return the problems; immutable, never empty
   */
  public List<FieldError> errors() {
    return errors;
  }

  private static String render(String podName, List<FieldError> errors) {
    StringBuilder out = new StringBuilder("The Pod ");
    if (podName != null && !podName.isEmpty()) {
      out.append(FieldError.quote(podName)).append(' ');
    }
    out.append("is invalid:");
    errors.forEach(e -> out.append("\n* ").append(e));
    return out.toString();
  }
}
