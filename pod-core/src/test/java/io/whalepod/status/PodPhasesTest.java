package io.whalepod.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PodPhasesTest {

  @ParameterizedTest(name = "after {0}, a computed {1} is reported as {2}")
  @CsvSource(nullValues = "null", value = {
      "null,      Pending,   Pending",
      "Pending,   Running,   Running",
      "Running,   Pending,   Pending",
      "Running,   Succeeded, Succeeded",
      "Running,   Failed,    Failed",
      "Succeeded, Running,   Succeeded",
      "Succeeded, Failed,    Succeeded",
      "Succeeded, Unknown,   Succeeded",
      "Failed,    Running,   Failed",
      "Failed,    Pending,   Failed",
      "Unknown,   Running,   Running"})
  void aPodNeverLeavesSucceededOrFailed(String previous, String next, String expected) {
    assertEquals(expected, PodPhases.keepTerminal(previous, next));
  }
}
