package io.whalepod.examples;

import io.whalepod.docker.PodChanges;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import io.whalepod.status.KubectlStatus;
import io.whalepod.status.PodPhases;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An application that starts a pod on demand and reacts to its status events: a batch job that crashes once, is
 * restarted by its OnFailure policy, then completes. Each change arrives from Docker's event stream, no polling.
 */
public final class StatusEventsExample {
  private StatusEventsExample() {}

  public static void main(String[] args) throws InterruptedException {
    Pod job = Pod.named("status-events-job").restartPolicy("OnFailure").terminationGracePeriodSeconds(0)
        .volume(Volume.emptyDir("state"))
        .container(c -> c.name("job").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .mount("state", "/state")
            // The first run fails, the retry finds the marker and succeeds: a flaky job in two lines.
            .command("sh", "-c", "if [ -f /state/tried ]; then echo done; else touch /state/tried; exit 1; fi"))
        .build();
    CountDownLatch finished = new CountDownLatch(1);
    try (PodRuntime runtime = PodRuntime.fromEnvironment(); PodHandle handle = runtime.run(job);
        PodChanges changes = handle.onStatusChange(pod -> {
          System.out.printf("%s  phase=%s  restarts=%d%n", KubectlStatus.of(pod), pod.status().phase(),
              pod.status().containerStatuses().get(0).restartCount());
          if ("Succeeded".equals(pod.status().phase()) || "Failed".equals(pod.status().phase())) {
            finished.countDown();
          }
        })) {
      // The job may have finished before the listener subscribed: the current state counts too.
      if (PodPhases.isTerminal(handle.status().phase())) {
        finished.countDown();
      }
      if (!finished.await(30, TimeUnit.SECONDS)) {
        System.out.println("still " + handle.status().phase() + " after 30 s");
      }
      System.out.print("the job said: " + handle.logs("job"));
    }
  }
}
