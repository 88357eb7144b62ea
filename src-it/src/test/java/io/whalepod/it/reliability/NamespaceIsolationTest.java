package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.it.Cli;
import io.whalepod.it.Engine;
import io.whalepod.model.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Pods of one namespace are invisible to another, by the Java API and by the command line, even with one name. */
@Tag("reliability")
class NamespaceIsolationTest {

  @Test
  void onePodNameInTwoNamespacesIsTwoPodsAndEachNamespaceSeesOnlyItsOwn() {
    // Detached, as `whalepod apply` makes them: an owned pod deleted by another process races its owner's
    // supervisor (OwnedPodDeletedElsewhereTest).
    try (RelPods pods = RelPods.prefixed("ns"); PodRuntime detached = PodRuntime.builder().detached(true).build()) {
      String name = pods.name("web");
      String teamA = pods.prefix() + "-a";
      String teamB = pods.prefix() + "-b";
      String nobody = pods.prefix() + "-c";
      PodHandle a = detached.run(inNamespace(name, teamA));
      PodHandle b = detached.run(inNamespace(name, teamB));

      assertEquals(List.of(a.uid()), Engine.RUNTIME.list(teamA).stream().map(PodHandle::uid).toList());
      assertEquals(b.uid(), Engine.RUNTIME.find(teamB, name).orElseThrow().uid());
      assertTrue(Engine.RUNTIME.find(nobody, name).isEmpty());

      Cli.Result listed = Cli.run("get", "pods", "-n", teamA, "-o", "name");
      assertEquals("pod/" + name + "\n", listed.stdout(), listed.stderr());
      Cli.Result elsewhere = Cli.run("delete", "pod", name, "-n", nobody);
      assertEquals(1, elsewhere.exitCode());
      assertEquals(List.of("Error from server (NotFound): pods \"" + name + "\" not found"), elsewhere.stderrLines());

      Cli.Result deleted = Cli.run("delete", "pod", name, "-n", teamA);
      assertEquals(0, deleted.exitCode(), deleted.stderr());
      assertEquals(0, Engine.leftovers(a.uid()));
      assertEquals("Running", b.get().status().phase(), "deleting in one namespace touched the other");
      b.delete(Duration.ZERO);
      assertEquals(0, pods.leftovers());
    }
  }

  private static Pod inNamespace(String name, String namespace) {
    Pod sleeper = RelPods.sleeper(name);
    return sleeper.withMetadata(sleeper.metadata().withNamespace(namespace));
  }
}
