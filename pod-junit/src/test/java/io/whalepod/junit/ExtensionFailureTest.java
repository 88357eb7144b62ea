package io.whalepod.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.github.dockerjava.api.model.Container;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.model.Pod;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class ExtensionFailureTest {
  static final String SCENARIOS = "io.whalepod.junit.scenarios";

  @Test
  @ResourceLock(Resources.SYSTEM_ERR)
  void aFailingTestPrintsThePodLogsAndTheExtensionDeletesThePod() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    EngineExecutionResults results;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      results = EngineTestKit.engine("junit-jupiter")
          .configurationParameter(SCENARIOS, "true")
          .configurationParameter("junit.jupiter.testclass.order.default",
              "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
          .selectors(selectClass(FailingScenario.class), selectClass(AfterTheFailingScenario.class))
          .execute();
    } finally {
      System.setErr(original);
    }
    String err = captured.toString(StandardCharsets.UTF_8);

    results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
    assertTrue(err.contains("--- pod " + FailingScenario.POD_NAME + ", container app ---"), err);
    assertTrue(err.contains(FailingScenario.MARKER), err);
    // Checked while the run's runtime was still open: closing it at the very end also removes its pods.
    assertEquals(List.of(), AfterTheFailingScenario.containersLeft, "deleted when its class ended");
    assertEquals(List.of(), containersOf(FailingScenario.POD_NAME), "the pod's containers are gone");
  }

  static List<String> containersOf(String podName) {
    try (DockerClients clients = DockerClients.fromEnvironment()) {
      return clients.client().listContainersCmd().withShowAll(true)
          .withLabelFilter(Map.of("io.whalepod.pod.name", podName))
          .exec().stream().map(Container::getId).toList();
    }
  }

  /** Runs only inside the EngineTestKit above (Surefire skips nested classes; IDEs would find it disabled). */
  @WhalepodTest
  @ExtendWith(OnlyAsScenario.class)
  @Order(1)
  static class FailingScenario {
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String POD_NAME = "failing-" + SUFFIX;
    static final String MARKER = "marker-" + SUFFIX;

    @PodUnderTest
    static final TestPod failing = TestPod.of(Pod.named(POD_NAME)
        .terminationGracePeriodSeconds(0)
        .container(c -> c.name("app").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "echo " + MARKER + "; touch /tmp/said; exec sleep 3600"))
        .build());

    @Test
    void failsOnPurpose() {
      // The marker is on stdout once the file exists: no race between the echo and the failure.
      failing.exec("app", "sh", "-c", "until [ -e /tmp/said ]; do sleep 0.1; done");
      assertEquals("expected", "actual", "this scenario fails on purpose");
    }
  }

  /** Runs after {@link FailingScenario}'s class scope has closed, before the test kit's run ends. */
  @ExtendWith(OnlyAsScenario.class)
  @Order(2)
  static class AfterTheFailingScenario {
    static volatile List<String> containersLeft;

    @Test
    void recordsWhatIsLeftOfTheFailingPod() {
      containersLeft = containersOf(FailingScenario.POD_NAME);
    }
  }

  /** Enables a scenario only when the test kit sets {@value #SCENARIOS}. */
  static final class OnlyAsScenario implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(SCENARIOS).map(Boolean::parseBoolean).orElse(false)
          ? ConditionEvaluationResult.enabled("run by EngineTestKit")
          : ConditionEvaluationResult.disabled("a scenario for ExtensionFailureTest, not a test of its own");
    }
  }
}
