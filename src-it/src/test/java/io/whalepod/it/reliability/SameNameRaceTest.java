package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.whalepod.docker.PodExistsException;
import io.whalepod.docker.PodHandle;
import io.whalepod.it.Engine;
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

/** Two runs of one pod name at the same moment: one pod exists afterwards, the other run fails typed and leaves nothing. */
@Tag("reliability")
class SameNameRaceTest {
  private static final int ROUNDS = 10;

  @Test
  void twoRunsOfOneNameAtOnceMakeOnePodAndOneTypedError() throws Exception {
    ExecutorService racers = Executors.newFixedThreadPool(2);
    try (RelPods pods = RelPods.prefixed("same-name")) {
      for (int round = 0; round < ROUNDS; round++) {
        String name = pods.name(round);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<PodHandle>> runs = new ArrayList<>();
        for (int racer = 0; racer < 2; racer++) {
          runs.add(CompletableFuture.supplyAsync(() -> {
            try {
              together.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return Engine.RUNTIME.run(RelPods.sleeper(name));
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
