package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * kubectl's {@code kind: List} wrapper, as {@code kubectl get pods -o json} prints several pods.
 *
 * @param apiVersion always {@code v1}
 * @param items      the pods, in order
 * @param kind       always {@code List}
 * @param metadata   list metadata; kubectl writes an empty {@code resourceVersion}
 */
public record PodList(
    String apiVersion,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<Pod> items,
    String kind,
    @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, String> metadata) {
  /**
   * Copies the items: null becomes empty, and the record holds an unmodifiable copy.
   *
   * @param apiVersion always {@code v1}
   * @param items      the pods, in order
   * @param kind       always {@code List}
   * @param metadata   list metadata; kubectl writes an empty {@code resourceVersion}
   */
  public PodList {
    items = Copies.list(items);
  }

  /**
   * The list kubectl would print for these pods.
   *
   * @param pods the pods, in order; never null
   * @return the list
   */
  public static PodList of(List<Pod> pods) {
    // kubectl writes an empty resourceVersion; kept so jq scripts see the same shape.
    return new PodList("v1", pods, "List", Map.of("resourceVersion", ""));
  }
}
