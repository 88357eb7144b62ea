package io.whalepod.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackOffTest {

  @ParameterizedTest(name = "after {0} restarts and a {1} s run, wait {2} s")
  @CsvSource({
      "0, 1, 0",      // the first restart is immediate
      "1, 1, 10",
      "2, 1, 20",
      "3, 1, 40",
      "5, 1, 160",
      "6, 1, 300",    // capped at 5 minutes
      "30, 1, 300",
      "4, 600, 0",    // ten minutes of running forgets the failures
  })
  void delaysFollowTheKubeletsBackOff(int restarts, long ranSeconds, long expectedSeconds) {
    assertEquals(Duration.ofSeconds(expectedSeconds),
        BackOff.KUBERNETES.delay(restarts, Duration.ofSeconds(ranSeconds)));
  }

  @ParameterizedTest(name = "policy {0}, exit {1}, sidecar {2}: restart {3}")
  @CsvSource({
      "Always, 0, false, true",
      "Always, 1, false, true",
      "OnFailure, 0, false, false",
      "OnFailure, 2, false, true",
      "Never, 1, false, false",
      "Never, 0, true, true",
  })
  void restartFollowsThePodsPolicy(String policy, int exitCode, boolean sidecar, boolean restart) {
    assertEquals(restart, RestartDecision.shouldRestart(policy, exitCode, sidecar));
  }
}
