package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.whalepod.docker.PodExistsException;
import io.whalepod.docker.PodHandle;
import io.whalepod.it.Engine;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two runs of one pod name at the same moment: one pod exists afterwards, the other run fails typed and leaves
 * nothing, also when the pod publishes a hostPort that only one sandbox can take.
 */
@Tag("reliability")
class SameNameRaceTest {
  private static final int ROUNDS = 10;

  private static Pod publishing(String name) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "600").hostPort(8080, 18093))
        .build();
  }

  @Test
  void twoRunsOfOneNameAtOnceMakeOnePodAndOneTypedError() throws Exception {
    ExecutorService racers = Executors.newFixedThreadPool(2);
    try (RelPods pods = RelPods.prefixed("same-name")) {
      for (int round = 0; round < ROUNDS; round++) {
        String name = pods.name(round);
        // Every other round with a hostPort: the loser must give way before its sandbox takes the port.
        boolean withHostPort = round % 2 == 1;
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<PodHandle>> runs = new ArrayList<>();
        for (int racer = 0; racer < 2; racer++) {
          runs.add(CompletableFuture.supplyAsync(() -> {
            try {
              together.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return Engine.RUNTIME.run(withHostPort ? publishing(name) : RelPods.sleeper(name));
          }, racers));
        }
        List<PodHandle> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (CompletableFuture<PodHandle> run : runs) {
          try {
            won.add(run.join());
          } catch (CompletionException e) {
            lost.add(e.getCause());
          }
        }
        assertEquals(1, won.size(), "round " + round + ": runs that made a pod; failures: " + lost);
        assertInstanceOf(PodExistsException.class, lost.get(0));
        assertEquals(1, Engine.RUNTIME.list(null).stream().filter(p -> p.name().equals(name)).count());
        won.get(0).delete(Duration.ZERO);
        assertEquals(0, pods.leftovers(), "round " + round);
      }
    } finally {
      racers.shutdownNow();
    }
  }
}
