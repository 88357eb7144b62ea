package io.whalepod.status;

import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.restarted;
import static io.whalepod.status.Fixtures.running;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.whalepod.model.Pod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusSignatureTest {
  private static final Pod ONE = pod("Always", "a");

  @Test
  void theSameStatusReadAgainLaterHasTheSameSignature() {
    Pod early = ONE.withStatus(PodStatusCalculator.compute(ONE, observed(ONE, running("a")), Fixtures.NOW));
    Pod later = ONE.withStatus(PodStatusCalculator.compute(ONE, observed(ONE, running("a")),
        Instant.parse("2030-01-01T00:00:00Z")));
    assertEquals(StatusSignature.of(early), StatusSignature.of(later));
  }

  @Test
  void aRestartOrAnExitChangesTheSignature() {
    String runningOnce = StatusSignature.of(Fixtures.withStatus(ONE, observed(ONE, running("a"))));
    assertNotEquals(runningOnce, StatusSignature.of(Fixtures.withStatus(ONE, observed(ONE, restarted("a", 1, 1)))));
    assertNotEquals(runningOnce, StatusSignature.of(Fixtures.withStatus(ONE, observed(ONE, exited("a", 0)))));
  }
}
