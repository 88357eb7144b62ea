package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.Probe;
import io.whalepod.plan.ProbeCounter;

/**
 * Waits until a native sidecar's startup probe passes: the kubelet starts the next init container (and, after the
 * last, the app containers) only then (docs/behaviour.md §4). Blocks the thread that starts the pod, which waits anyway.
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
    ProbeCounter counter = ProbeCounter.of(probe, false);
    Thread.sleep(probe.initialDelay().toMillis());
    while (true) {
      if (counter.record(runner.run(probe.handler(), sidecar, containerId, podAddress, probe.timeout()))) {
        return true;
      }
      if (counter.failedOut()) {
        return false;
      }
      Thread.sleep(probe.period().toMillis());
    }
  }
}
