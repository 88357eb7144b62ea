package io.whalepod.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Durations of single engine requests by step name, to show where a pod's time goes. */
final class StepTimes {
  private final Map<String, List<Duration>> times = new ConcurrentHashMap<>();
  private volatile boolean recording = true;

  <T> T time(String step, Supplier<T> call) {
    long start = System.nanoTime();
    try {
      return call.get();
    } finally {
      record(step, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  void time(String step, Runnable call) {
    time(step, () -> {
      call.run();
      return null;
    });
  }

  void record(String step, Duration duration) {
    if (recording) {
      times.computeIfAbsent(step, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(duration);
    }
  }

  /** Warm-up rounds are not recorded. */
  void recording(boolean on) {
    recording = on;
  }

  /** Step → summary, sorted by step name. */
  Map<String, Stats> summaries() {
    Map<String, Stats> result = new TreeMap<>();
    times.forEach((step, list) -> {
      synchronized (list) {
        result.put(step, Stats.of(list));
      }
    });
    return result;
  }
}
