package io.whalepod.docker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.plan.BackOff;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The back-off a sandbox records is read back as it was written, by whichever process reads it. */
class BackOffLabelTest {
  @Test
  void aRecordedBackOffReadsBackTheSame() {
    BackOff fast = new BackOff(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(10));
    for (BackOff backOff : new BackOff[] {BackOff.KUBERNETES, fast}) {
      assertEquals(backOff, Labels.backOff(Map.of(Labels.RESTART_BACK_OFF, Labels.backOff(backOff))).orElseThrow());
    }
  }

  @ParameterizedTest(name = "\"{0}\" is no back-off")
  @ValueSource(strings = {"", "PT10S", "PT10S/PT5M", "ten/five/ten", "PT10S/PT5M/PT10M/PT1S"})
  void anAbsentOrUnreadableLabelIsNone(String value) {
    assertTrue(Labels.backOff(Map.of(Labels.RESTART_BACK_OFF, value)).isEmpty());
  }
}
