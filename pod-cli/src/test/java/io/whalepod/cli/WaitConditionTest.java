package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitConditionTest {
  private static Pod pod(String phase, String ready) {
    Pod pod = Pod.named("p").container(c -> c.name("c").image("whalepod/busybox")).build();
    return pod.withStatus(new PodStatus(phase, List.of(new PodCondition("Ready", ready, null, null, null, null)),
        null, null, null, null, null, List.of(), List.of()));
  }

  @Test
  void conditionReady() {
    WaitCondition c = WaitCondition.parse("condition=Ready");
    assertFalse(c.delete());
    assertTrue(c.test().test(pod("Running", "True")));
    assertFalse(c.test().test(pod("Running", "False")));
    assertTrue(WaitCondition.parse("condition=Ready=false").test().test(pod("Running", "False")));
  }

  @Test
  void phaseJsonPath() {
    for (String text : List.of("jsonpath={.status.phase}=Succeeded", "jsonpath='{.status.phase}'=Succeeded",
        "jsonpath=.status.phase=Succeeded")) {
      WaitCondition c = WaitCondition.parse(text);
      assertTrue(c.test().test(pod("Succeeded", "False")), text);
      assertFalse(c.test().test(pod("Running", "True")), text);
    }
  }

  @Test
  void deleteAndErrors() {
    assertTrue(WaitCondition.parse("delete").delete());
    assertThrows(CliException.class, () -> WaitCondition.parse("jsonpath={.metadata.name}=x"));
    assertThrows(CliException.class, () -> WaitCondition.parse("ready"));
  }
}
