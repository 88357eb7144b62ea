package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** kubectl's {@code kind: List} wrapper, as {@code kubectl get pods -o json} prints several pods. */
public record PodList(
    String apiVersion,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<Pod> items,
    String kind,
    @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, String> metadata) {
  public PodList {
    items = Copies.list(items);
  }

  public static PodList of(List<Pod> pods) {
    // kubectl writes an empty resourceVersion; kept so jq scripts see the same shape.
    return new PodList("v1", pods, "List", Map.of("resourceVersion", ""));
  }
}
