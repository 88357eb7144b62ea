package io.whalepod.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodChanges;
import io.whalepod.docker.PodException;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** PodHandle.onStatusChange: a listener hears each change of phase and container state from Docker's events. */
class StatusListenerTest {

  @Test
  void theListenerHearsTheExitOfAMemberAndNothingAfterItIsClosed() {
    Pod pod = Pod.named("status-listener").restartPolicy("Never").terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", Gate.closed() + "exit 2"))
        .container(c -> c.name("stays").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build();
    List<String> heard = new CopyOnWriteArrayList<>();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      try (PodChanges changes = handle.onStatusChange(p -> heard.add(p.status().phase() + " "
          + p.status().containerStatuses().get(0).state().terminated()))) {
        assertTrue(heard.isEmpty(), "no call for the state at subscription: " + heard);
        Gate.open(handle, "main");
        await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
      }
      assertTrue(heard.get(0).startsWith("Running ContainerStateTerminated[exitCode=2,"), heard.toString());
      int count = heard.size();
      handle.delete(Duration.ZERO);
      assertEquals(count, heard.size(), "a closed subscription is silent");
    }
  }

  @Test
  void waitersOnManyPodsShareTheRuntimesOneEventStream() throws Exception {
    int pods = 3;
    int waitersPerPod = 2;
    ExecutorService waiting = Executors.newFixedThreadPool(pods * waitersPerPod);
    try (PodRuntime runtime = PodRuntime.fromEnvironment()) {
      List<PodHandle> handles = new ArrayList<>();
      for (int i = 0; i < pods; i++) {
        handles.add(runtime.run(Pod.named("shared-stream-" + i).restartPolicy("Never").terminationGracePeriodSeconds(0)
            .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
                .command("sh", "-c", "sleep 4"))
            .build()));
      }
      long streamsBefore = streamThreads();
      CountDownLatch allChecked = new CountDownLatch(pods * waitersPerPod);
      List<CompletableFuture<Pod>> waits = new ArrayList<>();
      for (PodHandle handle : handles) {
        for (int w = 0; w < waitersPerPod; w++) {
          AtomicBoolean counted = new AtomicBoolean();
          waits.add(CompletableFuture.supplyAsync(() -> handle.waitFor(p -> {
            if (counted.compareAndSet(false, true)) {
              allChecked.countDown();
            }
            return "Succeeded".equals(p.status().phase());
          }, Duration.ofSeconds(30)), waiting));
        }
      }
      assertTrue(allChecked.await(20, TimeUnit.SECONDS), "every waiter is waiting");
      long added = streamThreads() - streamsBefore;
      // One stream per waiter would add six; the runtime's stream was already open for its supervisor.
      assertTrue(added <= 1, "event-stream threads added by " + waits.size() + " waiters: " + added);
      for (CompletableFuture<Pod> wait : waits) {
        assertEquals("Succeeded", wait.get(30, TimeUnit.SECONDS).status().phase());
      }
      handles.forEach(h -> h.delete(Duration.ZERO));
    } finally {
      waiting.shutdownNow();
    }
  }

  @Test
  void closingTheRuntimeEndsAWaitAtOnce() throws Exception {
    PodRuntime detached = PodRuntime.builder().detached(true).build();
    PodHandle pod = detached.run(Pod.named("close-while-waiting").terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600"))
        .build());
    try {
      CountDownLatch checkedOnce = new CountDownLatch(1);
      CompletableFuture<Pod> wait = CompletableFuture.supplyAsync(() -> pod.waitFor(p -> {
        checkedOnce.countDown();
        return false;
      }, Duration.ofSeconds(60)));
      assertTrue(checkedOnce.await(10, TimeUnit.SECONDS), "the waiter looked at the pod");
      detached.close();
      ExecutionException ended = assertThrows(ExecutionException.class, () -> wait.get(10, TimeUnit.SECONDS),
          "a wait on a closed runtime ends, not after its 60 s");
      assertInstanceOf(PodException.class, ended.getCause());
    } finally {
      Engine.RUNTIME.find("default", "close-while-waiting").ifPresent(h -> h.delete(Duration.ZERO));
    }
  }

  /** docker-java runs each streaming call (an event stream, a followed log) on a thread of its own, named so. */
  private static long streamThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("docker-java-stream")).count();
  }
}
