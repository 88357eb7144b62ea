package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.it.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two processes delete the same pod at once (docs/behaviour.md §7, "deleting twice is fine"). kubectl's rule: a delete that
 * finds the pod says {@code pod "X" deleted} and exits 0; one that comes after the pod is gone says NotFound and
 * exits 1. Whichever way the race goes, each process gives one of those two answers, one of them deletes, and
 * nothing is left.
 */
@Tag("reliability")
class ConcurrentDeleteTest {
  private static final int RACES = 2;

  @Test
  void twoProcessesDeletingOnePodBothAnswerAsKubectlAndLeaveNothing() throws Exception {
    try (RelPods pods = RelPods.prefixed("race")) {
      for (int race = 0; race < RACES; race++) {
        String name = pods.name(race);
        // A volume and a grace period that the member sits out (sleep ignores SIGTERM as PID 1): both deleters
        // overlap in every phase, stopping, removing containers and removing the volume.
        Path manifest = RelPods.manifest(RelPods.sleeperYaml(name, "default")
            .replace("terminationGracePeriodSeconds: 0", "terminationGracePeriodSeconds: 2")
            .replace("    command: [sleep, \"600\"]", "    command: [sleep, \"600\"]\n    volumeMounts:\n"
                + "    - {name: scratch, mountPath: /scratch}\n  volumes:\n  - {name: scratch, emptyDir: {}}"));
        try {
          Cli.Result applied = Cli.run("apply", "-f", manifest.toString());
          assertEquals(0, applied.exitCode(), applied.stderr());
          CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> Cli.run("delete", "pod", name));
          CompletableFuture<Cli.Result> second = CompletableFuture.supplyAsync(() -> Cli.run("delete", "pod", name));
          List<Cli.Result> results = List.of(first.get(), second.get());
          results.forEach(r -> assertKubectlAnswer(name, r));
          System.out.printf("concurrent delete, race %d: exit codes %d and %d%n", race + 1,
              results.get(0).exitCode(), results.get(1).exitCode());
          assertTrue(results.stream().anyMatch(r -> r.exitCode() == 0), "neither process deleted the pod");
          assertEquals(0, pods.leftovers(), "left after race " + (race + 1));
        } finally {
          Files.delete(manifest);
        }
      }
    }
  }

  private static void assertKubectlAnswer(String name, Cli.Result result) {
    if (result.exitCode() == 0) {
      assertEquals("pod \"" + name + "\" deleted\n", result.stdout(), result.stderr());
      assertEquals("", result.stderr());
    } else {
      assertEquals(1, result.exitCode(), result.stderr());
      assertEquals(List.of("Error from server (NotFound): pods \"" + name + "\" not found"), result.stderrLines());
    }
  }
}
