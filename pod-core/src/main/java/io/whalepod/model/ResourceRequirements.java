package io.whalepod.model;

import java.util.Map;

/**
 * Resource limits and requests ({@code cpu}, {@code memory}); maps are never null.
 *
 * @param limits   the most each resource may use
 * @param requests what each resource needs at least
 */
public record ResourceRequirements(Map<String, Quantity> limits, Map<String, Quantity> requests) {
  /**
   * Copies the maps: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param limits   the most each resource may use
   * @param requests what each resource needs at least
   */
  public ResourceRequirements {
    limits = Copies.map(limits);
    requests = Copies.map(requests);
  }

  /** No limits and no requests. */
  public static final ResourceRequirements NONE = new ResourceRequirements(null, null);

  /**
   * Whether neither limits nor requests are set.
   *
   * @return true when both maps are empty
   */
  public boolean isEmpty() {
    return limits.isEmpty() && requests.isEmpty();
  }
}
