package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.yaml.ManifestReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** metadata.generateName as the API server applies it: each pod of the manifest gets a name of its own. */
class GeneratedNameTest {
  @Test
  void podsNamedByGenerateNameRunUnderNamesOfTheirOwn() {
    String pod = """
        apiVersion: v1
        kind: Pod
        metadata: {generateName: worker-}
        spec:
          containers: [{name: app, image: whalepod/busybox, imagePullPolicy: IfNotPresent, command: [sleep, "600"]}]
        """;
    List<PodHandle> pods = Engine.RUNTIME.apply(ManifestReader.readString(pod + "---\n" + pod));
    try {
      assertEquals(2, pods.size());
      pods.forEach(p -> assertTrue(p.name().matches("worker-[a-z0-9]{5}"), p.name()));
      assertNotEquals(pods.get(0).name(), pods.get(1).name());
      for (PodHandle p : pods) {
        assertEquals(p.name(), p.waitUntilReady(Duration.ofSeconds(30)).metadata().name());
        assertTrue(Engine.RUNTIME.find("default", p.name()).isPresent());
      }
    } finally {
      pods.forEach(p -> p.delete(Duration.ZERO));
    }
    pods.forEach(p -> assertEquals(0, Engine.leftovers(p.uid())));
  }
}
