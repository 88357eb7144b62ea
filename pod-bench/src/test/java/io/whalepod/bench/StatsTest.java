package io.whalepod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {
  private static List<Duration> millis(int... values) {
    return IntStream.of(values).mapToObj(Duration::ofMillis).toList();
  }

  @Test
  void medianOfAnOddCountIsTheMiddleSample() {
    Stats s = Stats.of(millis(30, 10, 20));
    assertEquals(10, s.min());
    assertEquals(20, s.median());
    assertEquals(30, s.max());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleSamples() {
    assertEquals(25, Stats.of(millis(10, 20, 30, 40)).median());
  }

  @Test
  void p99OfAHundredSamplesIsTheNinetyNinthByNearestRank() {
    assertEquals(99, Stats.of(millis(IntStream.rangeClosed(1, 100).toArray())).p99());
  }

  @Test
  void p99OfFewSamplesIsTheMaximum() {
    assertEquals(40, Stats.of(millis(10, 40, 20)).p99());
  }

  @Test
  void noSamplesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
  }

  @Test
  void spreadShowsMinBoldMedianAndMaxInWholeMilliseconds() {
    assertEquals("10 / **20** / 31", Stats.of(millis(10, 20, 31)).spread());
  }
}
