package io.whalepod.model;

import java.util.Map;

/** Resource limits and requests ({@code cpu}, {@code memory}); maps are never null. */
public record ResourceRequirements(Map<String, Quantity> limits, Map<String, Quantity> requests) {
  public ResourceRequirements {
    limits = Copies.map(limits);
    requests = Copies.map(requests);
  }

  public static final ResourceRequirements NONE = new ResourceRequirements(null, null);

  public boolean isEmpty() {
    return limits.isEmpty() && requests.isEmpty();
  }
}
