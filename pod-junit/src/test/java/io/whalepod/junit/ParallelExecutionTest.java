package io.whalepod.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.model.Pod;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension under JUnit's parallel execution: classes and methods run concurrently, each sees its own pods. */
class ParallelExecutionTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

  @Test
  void concurrentClassesAndMethodsEachGetTheirOwnPodsAndNothingIsLeft() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ExtensionFailureTest.SCENARIOS, "true")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(FirstScenario.class), selectClass(SecondScenario.class))
        .execute();

    results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
    assertTrue(MOST_AT_ONCE.get() > 1, "the tests did run concurrently");
    assertEquals(List.of(), podsLeft("par-"), "pods of this run left behind");
  }

  private static List<String> podsLeft(String prefix) {
    try (DockerClients clients = DockerClients.fromEnvironment()) {
      return clients.client().listContainersCmd().withShowAll(true).withLabelFilter(List.of(Labels.POD_NAME))
          .exec().stream().map(c -> c.getLabels().get(Labels.POD_NAME))
          .filter(name -> name.startsWith(prefix) && name.contains(RUN)).toList();
    }
  }

  /** A pod whose one container answers {@code cat /marker} with {@code marker}. */
  private static Pod markedPod(String name, String marker) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "echo " + marker + " > /marker; exec sleep 3600"))
        .build();
  }

  private static void assertMarker(TestPod pod, String marker) {
    MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    try {
      assertEquals(marker + "\n", pod.exec("app", "sh", "-c", "until [ -s /marker ]; do sleep 0.1; done; cat /marker")
          .stdout());
    } finally {
      RUNNING.decrementAndGet();
    }
  }

  @WhalepodTest
  @ExtendWith(ExtensionFailureTest.OnlyAsScenario.class)
  static class FirstScenario {
    @PodUnderTest
    static final TestPod shared = TestPod.of(markedPod("par-a-" + RUN, "a"));

    @RepeatedTest(3)
    void seesItsClassPod() {
      assertMarker(shared, "a");
    }
  }

  @WhalepodTest
  @ExtendWith(ExtensionFailureTest.OnlyAsScenario.class)
  static class SecondScenario {
    @PodUnderTest
    final TestPod own = TestPod.of(markedPod("par-b-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 6), "b"));

    @RepeatedTest(3)
    void seesItsOwnPerTestPod() {
      assertMarker(own, "b");
    }
  }
}
