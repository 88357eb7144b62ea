package io.whalepod.it;

import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;

/** Run as its own JVM by {@link OwnershipTest}: starts an owned and a detached pod, prints their uids, waits to be killed. */
public final class OwnedPodHolder {
  private OwnedPodHolder() {}

  public static void main(String[] args) throws InterruptedException {
    PodRuntime owned = PodRuntime.fromEnvironment();
    PodRuntime detached = PodRuntime.builder().detached(true).build();
    System.out.println("OWNED " + owned.run(sleeper(args[0] + "-owned")).uid());
    System.out.println("DETACHED " + detached.run(sleeper(args[0] + "-detached")).uid());
    System.out.flush();
    Thread.sleep(600_000);
  }

  static Pod sleeper(String name) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "600"))
        .build();
  }
}
