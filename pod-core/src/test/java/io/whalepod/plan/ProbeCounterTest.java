package io.whalepod.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeCounterTest {

  /** {@code runs}: S success, F failure; {@code states}: the result after each run, P passing, - failing. */
  @ParameterizedTest(name = "success {0}, failure {1}, initially {2}: {3} -> {4}")
  @CsvSource({
      "1, 3, false, S, P",
      "1, 3, false, FFF, ---",
      "1, 3, true, FFSFFF, PPPPP-",
      "2, 1, false, SFSS, --" + "-P",
      "1, 3, true, FFFS, PP-P",
      "3, 3, false, SSFSSS, -----P"})
  void flipsOnlyAfterEnoughRunsInARow(int success, int failure, boolean initially, String runs, String states) {
    ProbeCounter counter = new ProbeCounter(success, failure, initially);
    StringBuilder seen = new StringBuilder();
    for (char run : runs.toCharArray()) {
      seen.append(counter.record(run == 'S') ? 'P' : '-');
    }
    assertEquals(states, seen.toString());
  }

  @ParameterizedTest
  @CsvSource({"0, 3", "1, 0"})
  void thresholdsBelowOneAreRefused(int success, int failure) {
    assertThrows(IllegalArgumentException.class, () -> new ProbeCounter(success, failure, false));
  }
}
