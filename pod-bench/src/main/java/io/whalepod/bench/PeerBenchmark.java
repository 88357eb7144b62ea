package io.whalepod.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Up, ready and down of the seed pod by every method, in one run: warm-up rounds first (not recorded), then rounds
 * whose order rotates by one each time, so drift on the shared machine hits every method alike.
 */
final class PeerBenchmark {
  private static final Logger log = LoggerFactory.getLogger(PeerBenchmark.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

  /** What the run measured, which methods it skipped and why, and what failed. */
  record Result(List<String> methods, Map<String, String> skipped, List<Sample> samples, List<String> failures) {
    List<Duration> figure(String method, java.util.function.Function<Sample, Duration> which) {
      return samples.stream().filter(s -> s.method().equals(method)).map(which).toList();
    }
  }

  private final String prefix;
  private final StepTimes steps;

  PeerBenchmark(String prefix, StepTimes steps) {
    this.prefix = prefix;
    this.steps = steps;
  }

  Result run(List<Method> candidates, int warmups, int rounds) {
    Map<String, String> skipped = new LinkedHashMap<>();
    List<Method> methods = new ArrayList<>();
    for (Method m : candidates) {
      String why = m.unavailable();
      if (why == null) {
        methods.add(m);
      } else {
        skipped.put(m.name(), why);
        log.warn("SKIPPED {}: {}", m.name(), why);
      }
    }
    List<Sample> samples = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int round = -warmups; round < rounds; round++) {
      steps.recording(round >= 0);
      List<Method> order = new ArrayList<>(methods);
      Collections.rotate(order, Math.floorMod(round, Math.max(1, order.size())));
      for (Method method : order) {
        String pod = podName(methods.indexOf(method), round);
        try {
          Sample sample = once(method, pod, round, round == -warmups);
          if (round >= 0) {
            samples.add(sample);
          }
        } catch (RuntimeException e) {
          failures.add(method.name() + " round " + round + ": " + e.getMessage());
          log.warn("{} failed in round {}", method.name(), round, e);
          quietly(() -> method.down(pod));
        } finally {
          quietly(() -> method.afterDown(pod));
        }
      }
      log.info(round < 0 ? "warm-up round done" : "round {} of {} done", round + 1, rounds);
    }
    return new Result(methods.stream().map(Method::name).toList(), skipped, samples, failures);
  }

  private Sample once(Method method, String pod, int round, boolean checkAnswers) {
    long start = System.nanoTime();
    method.up(pod);
    long up = System.nanoTime();
    long pid = method.memberPid(pod);
    ReadyProbe.awaitListening(pid, SeedPod.HTTP_PORT, READY_TIMEOUT);
    long ready = System.nanoTime();
    if (checkAnswers && !ReadyProbe.answers(pid, SeedPod.HTTP_PORT)) {
      throw new BenchException("httpd of " + pod + " listens but does not answer", null);
    }
    long downStart = System.nanoTime();
    method.down(pod);
    long down = System.nanoTime();
    return new Sample(method.name(), round, Duration.ofNanos(up - start), Duration.ofNanos(ready - start),
        Duration.ofNanos(down - downStart));
  }

  /** A DNS-1123 name unique in this run: prefix, method index, round (w for warm-up). */
  private String podName(int method, int round) {
    return prefix + "-m" + method + (round < 0 ? "-w" + -round : "-r" + round);
  }

  static void quietly(Runnable cleanup) {
    try {
      cleanup.run();
    } catch (RuntimeException e) {
      log.debug("clean-up step failed (the final sweep retries): {}", e.getMessage());
    }
  }
}
