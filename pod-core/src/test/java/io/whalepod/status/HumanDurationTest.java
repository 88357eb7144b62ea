package io.whalepod.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
      "-PT5S,      <invalid>",
      "-PT1S,      0s",
      "PT0S,       0s",
      "-PT1.5S,    0s",
      "PT5.999S,   5s",
      "PT59S,      59s",
      "PT119S,     119s",
      "PT2M,       2m",
      "PT2M30S,    2m30s",
      "PT10M,      10m",
      "PT10M59S,   10m",
      "PT2H59M,    179m",
      "PT3H,       3h",
      "PT3H30M,    3h30m",
      "PT8H,       8h",
      "PT47H,      47h",
      "PT48H,      2d",
      "PT53H,      2d5h",
      "PT197H,     8d",
      "PT240H,     10d",
      "PT17520H,   2y",
      "PT19200H,   2y70d",
      "PT87600H,   10y"})
  void durationsReadAsKubectlPrintsThem(Duration duration, String text) {
    assertEquals(text, HumanDuration.of(duration));
  }
}
