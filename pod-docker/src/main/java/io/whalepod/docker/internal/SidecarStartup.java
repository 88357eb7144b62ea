package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Probe;
import io.whalepod.plan.ProbeCounter;
import java.time.Duration;

/**
 * Waits until a native sidecar's startup probe passes: the kubelet starts the next init container (and, after the
 * last, the app containers) only then (SPEC §4). Blocks the thread that starts the pod, which waits anyway.
 */
final class SidecarStartup {
  private final ProbeRunner runner;

  SidecarStartup(ProbeRunner runner) {
    this.runner = runner;
  }

  /**
   * Probes until the sidecar started.
   *
   * @return true once the probe passed; false after failureThreshold failures in a row
   */
  boolean await(Container sidecar, String containerId, String podAddress) throws InterruptedException {
    Probe probe = sidecar.startupProbe();
    ProbeCounter counter = new ProbeCounter(orDefault(probe.successThreshold(), 1),
        orDefault(probe.failureThreshold(), 3), false);
    Duration timeout = Duration.ofSeconds(orDefault(probe.timeoutSeconds(), 1));
    Thread.sleep(orDefault(probe.initialDelaySeconds(), 0) * 1000L);
    while (true) {
      if (counter.record(runner.run(probe.handler(), sidecar, containerId, podAddress, timeout))) {
        return true;
      }
      if (counter.failedOut()) {
        return false;
      }
      Thread.sleep(orDefault(probe.periodSeconds(), 10) * 1000L);
    }
  }

  private static int orDefault(Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }
}
