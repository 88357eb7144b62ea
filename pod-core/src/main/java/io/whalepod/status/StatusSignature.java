package io.whalepod.status;

import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a status-change listener cares about, as one comparable string: the phase, each condition, and each
 * container's state, readiness and restart count. Timestamps are left out, so re-reading an unchanged pod gives
 * the same signature.
 */
public final class StatusSignature {
  private StatusSignature() {}

  /**
   * The signature of the pod's current status.
   *
   * @param pod the pod; never null
   * @return the signature, empty when the pod has no status; never null
   */
  public static String of(Pod pod) {
    PodStatus status = pod.status();
    if (status == null) {
      return "";
    }
    String conditions = status.conditions().stream().map(c -> c.type() + "=" + c.status())
        .collect(Collectors.joining(","));
    String containers = Stream.concat(status.initContainerStatuses().stream(), status.containerStatuses().stream())
        .map(StatusSignature::container).collect(Collectors.joining(","));
    return status.phase() + ";" + conditions + ";" + containers;
  }

  private static String container(ContainerStatus c) {
    return c.name() + ":" + state(c.state()) + ":" + c.ready() + ":" + c.restartCount();
  }

  private static String state(ContainerState state) {
    if (state == null) {
      return "none";
    }
    if (state.waiting() != null) {
      return "waiting/" + state.waiting().reason();
    }
    if (state.running() != null) {
      return "running";
    }
    return state.terminated() == null ? "none" : "terminated/" + state.terminated().exitCode();
  }
}
