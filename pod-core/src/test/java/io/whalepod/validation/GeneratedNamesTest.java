package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.ObjectMeta;
import io.whalepod.model.Pod;
import io.whalepod.yaml.ManifestReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {
  private static Pod generated(String prefix) {
    return ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {generateName: %s}
        spec:
          containers: [{name: app, image: busybox}]
        """.formatted(prefix)).pods().get(0);
  }

  @Test
  void aPodWithOnlyGenerateNameGetsThePrefixAndFiveCharactersThatSpellNoWord() {
    Pod named = GeneratedNames.named(generated("web-"), new Random(7));
    String name = named.metadata().name();
    assertTrue(name.matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}"), name);
    assertEquals("web-", named.metadata().generateName());
    assertTrue(PodValidator.validate(Defaults.apply(named)).isEmpty());
  }

  @Test
  void aLongPrefixIsCutSoTheNameStaysALabel() {
    String name = GeneratedNames.named(generated("a".repeat(70)), new Random(1)).metadata().name();
    assertEquals(63, name.length());
    assertTrue(name.startsWith("a".repeat(58)));
  }

  @Test
  void aPodWithANameKeepsIt() {
    Pod pod = Pod.named("web").container(c -> c.name("app").image("busybox")).build();
    assertSame(pod, GeneratedNames.named(pod, new Random(1)));
    Pod both = pod.withMetadata(new ObjectMeta("web", "web-", null, null, null, null, null, null, null));
    assertEquals("web", GeneratedNames.named(both, new Random(1)).metadata().name());
  }
}
