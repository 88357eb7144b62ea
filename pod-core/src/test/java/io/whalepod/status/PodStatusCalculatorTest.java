package io.whalepod.status;

import static io.whalepod.status.Fixtures.NOW;
import static io.whalepod.status.Fixtures.STARTED;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import org.junit.jupiter.api.Test;

class PodStatusCalculatorTest {

  private static final Pod NEVER = pod("Never", "a");

  @Test
  void theStatusCarriesTheAddressesAndStartTimeTheRuntimeSaw() {
    PodStatus status = PodStatusCalculator.compute(NEVER, observed(NEVER, running("a")), NOW);
    assertEquals("10.88.0.5", status.podIP());
    assertEquals("192.168.1.10", status.hostIP());
    assertEquals(STARTED, status.startTime());
  }

  @Test
  void aSucceededPodStaysSucceededWhateverIsObservedNext() {
    Pod succeeded = NEVER.withStatus(PodStatusCalculator.compute(NEVER, observed(NEVER, exited("a", 0)), NOW));
    assertEquals("Succeeded", succeeded.status().phase());
    PodStatus next = PodStatusCalculator.compute(succeeded, observed(NEVER, running("a")), NOW);
    assertEquals("Succeeded", next.phase());
    assertEquals("False:PodCompleted", Fixtures.describe(next.conditions().get(1)));
  }

  @Test
  void aFailedPodStaysFailedWhenTheEngineBecomesUnreachable() {
    Pod failed = NEVER.withStatus(PodStatusCalculator.compute(NEVER, observed(NEVER, exited("a", 1)), NOW));
    PodStatus next = PodStatusCalculator.compute(failed, Fixtures.unreachable(observed(NEVER)), NOW);
    assertEquals("Failed", next.phase());
  }

  @Test
  void theReasonAndMessageOfAPhaseAreKeptWhileThePhaseHolds() {
    PodStatus evicted = new PodStatus("Running", null, "The node was low on memory.", "Evicted", null, null, null,
        null, null);
    PodStatus running = PodStatusCalculator.compute(NEVER.withStatus(evicted), observed(NEVER, running("a")), NOW);
    assertEquals("Evicted", running.reason());
    assertEquals("The node was low on memory.", running.message());
    PodStatus failed = PodStatusCalculator.compute(NEVER.withStatus(evicted), observed(NEVER, exited("a", 1)), NOW);
    assertNull(failed.reason());
  }
}
