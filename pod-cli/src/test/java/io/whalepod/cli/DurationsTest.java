package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void goDurations() {
    assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
    assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
    assertEquals(Duration.ZERO, Durations.parse("0"));
  }

  @Test
  void rejectsOtherText() {
    assertThrows(CliException.class, () -> Durations.parse("5"));
    assertThrows(CliException.class, () -> Durations.parse("5 m"));
    assertThrows(CliException.class, () -> Durations.parse("x5m"));
    assertThrows(CliException.class, () -> Durations.parse(""));
  }
}
