package io.whalepod.plan;

import io.whalepod.model.PodSpec;
import java.util.Map;

/**
 * Whether a pod may run on a node, as the scheduler decides from {@code spec.nodeName} and {@code spec.nodeSelector}
 * (docs/behaviour.md §3): a named node must be this one, and every selector label must be on the node with that value.
 */
public final class NodeFit {
  private NodeFit() {}

  /**
   * @param spec       the pod's spec
   * @param nodeName   the node's name ({@code kubernetes.io/hostname})
   * @param nodeLabels the node's labels
   * @return true when the pod fits the node
   */
  public static boolean fits(PodSpec spec, String nodeName, Map<String, String> nodeLabels) {
    if (spec.nodeName() != null && !spec.nodeName().isEmpty() && !spec.nodeName().equals(nodeName)) {
      return false;
    }
    Map<String, String> selector = spec.nodeSelector() == null ? Map.of() : spec.nodeSelector();
    return selector.entrySet().stream().allMatch(label -> label.getValue().equals(nodeLabels.get(label.getKey())));
  }
}
