package io.whalepod.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.whalepod.WhalepodException;
import io.whalepod.model.Pod;
import io.whalepod.validation.Defaults;
import io.whalepod.validation.PodValidationException;
import io.whalepod.validation.PodValidator;
import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestException;
import io.whalepod.yaml.ManifestReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a user of the library does with a manifest (read it, default and validate every pod, as {@code PodRuntime}
 * and {@code whalepod apply} do), and the only two outcomes allowed for bad input.
 */
final class Rejections {
  /** A hang guard, not a speed requirement: the slowest accepted input takes a few seconds on 2 cores. */
  static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private Rejections() {}

  /** Reads and validates like the runtime; returns the valid pods. */
  static List<Pod> load(Supplier<Manifest> read) {
    Manifest manifest = read.get();
    return manifest.pods().stream().map(pod -> PodValidator.validateOrThrow(Defaults.apply(pod))).toList();
  }

  /**
   * Loads bad input and returns its typed error: a {@link ManifestException} or a {@link PodValidationException}.
   * Anything else (another exception, a hang, acceptance) fails the test.
   */
  static WhalepodException rejectionOf(Supplier<Manifest> read) {
    Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> {
      try {
        List<Pod> pods = load(read);
        return fail("accepted as " + pods.size() + " valid pod(s)");
      } catch (ManifestException | PodValidationException expected) {
        return expected;
      } catch (RuntimeException | Error other) {
        return fail("not a typed error: " + stackTrace(other), other);
      }
    });
    return (WhalepodException) thrown;
  }

  /** Either outcome is fine, but nothing else: for inputs that may or may not be valid (mutations). */
  static void validOrTyped(Supplier<Manifest> read) {
    try {
      load(read);
    } catch (ManifestException | PodValidationException expected) {
      // one of the two allowed outcomes
    }
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
