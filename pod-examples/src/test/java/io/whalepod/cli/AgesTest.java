package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AgesTest {
  private static String age(Duration d) {
    return Ages.of(d);
  }

  @Test
  void secondsUpToTwoMinutes() {
    assertEquals("0s", age(Duration.ZERO));
    assertEquals("5s", age(Duration.ofMillis(5_999)));
    assertEquals("119s", age(Duration.ofSeconds(119)));
  }

  @Test
  void minutesWithSecondsBelowTenMinutes() {
    assertEquals("2m", age(Duration.ofMinutes(2)));
    assertEquals("3m20s", age(Duration.ofSeconds(200)));
    assertEquals("10m", age(Duration.ofSeconds(10 * 60 + 59)));
    assertEquals("179m", age(Duration.ofMinutes(179)));
  }

  @Test
  void hoursDaysYears() {
    assertEquals("3h", age(Duration.ofHours(3)));
    assertEquals("3h5m", age(Duration.ofMinutes(185)));
    assertEquals("8h", age(Duration.ofMinutes(8 * 60 + 30)));
    assertEquals("47h", age(Duration.ofHours(47)));
    assertEquals("2d", age(Duration.ofHours(48)));
    assertEquals("2d5h", age(Duration.ofHours(53)));
    assertEquals("8d", age(Duration.ofHours(8 * 24 + 5)));
    assertEquals("2y", age(Duration.ofDays(730)));
    assertEquals("2y10d", age(Duration.ofDays(740)));
    assertEquals("9y", age(Duration.ofDays(9 * 365)));
  }

  @Test
  void clockSkewIsNowAndTheFutureInvalid() {
    assertEquals("0s", age(Duration.ofMillis(-1500)));
    assertEquals("<invalid>", age(Duration.ofSeconds(-5)));
  }
}
