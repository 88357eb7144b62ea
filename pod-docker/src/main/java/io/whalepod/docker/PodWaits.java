package io.whalepod.docker;

import io.whalepod.docker.internal.DockerBackend;
import io.whalepod.docker.internal.PodChangeSignal;
import io.whalepod.model.Pod;
import io.whalepod.status.PodPhases;
import io.whalepod.status.StatusSignature;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A handle's waits: until a condition holds, or a call per change; both follow the runtime's event stream. */
final class PodWaits {
  /** How much of a failed container's log an error carries. */
  private static final int LAST_LOG_LINES = 10;

  private final PodHandle handle;
  private final DockerBackend backend;

  PodWaits(PodHandle handle, DockerBackend backend) {
    this.handle = handle;
    this.backend = backend;
  }

  /** See {@link PodHandle#waitFor}. */
  Pod until(Predicate<Pod> condition, Duration timeout) {
    AtomicReference<Pod> seen = new AtomicReference<>();
    PodChangeSignal events = PodChangeSignal.ofPod(backend.eventStream(), backend.statusBus(), handle.uid());
    try (events) {
      boolean met = events.until(() -> {
        Pod now = handle.get();
        seen.set(now);
        boolean holds = condition.test(now);
        if (!holds && now.status() != null && PodPhases.isTerminal(now.status().phase())) {
          throw failure(now); // Succeeded and Failed never change: the condition cannot come true any more
        }
        return holds;
      }, timeout);
      if (met) {
        return seen.get();
      }
      Pod last = seen.get();
      throw new PodTimeoutException(handle.name(), "condition not met within " + timeout + " (phase "
          + (last.status() == null ? "unknown" : last.status().phase()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PodTimeoutException(handle.name(), "interrupted while waiting");
    } catch (RuntimeException e) {
      // A read racing the runtime's close fails however it fails (closed pools, a shut-down executor): say why.
      if (events.runtimeClosed()) {
        throw new PodException(handle.name(), null, "the runtime was closed while waiting", e);
      }
      throw e;
    }
  }

  /** See {@link PodHandle#onStatusChange}. */
  PodChanges onChange(Consumer<Pod> listener) {
    Pod pod = handle.pod();
    // The state at subscription is read first: events that reach the new subscriber about it (the stream may
    // replay its last second) then change nothing, and one re-check after subscribing covers what changed between.
    AtomicReference<String> last = new AtomicReference<>(
        backend.inspector().withStatus(pod).map(StatusSignature::of).orElse(null));
    PodChangeSignal events = PodChangeSignal.ofPod(backend.eventStream(), backend.statusBus(), handle.uid(), () -> {
      synchronized (last) { // two runs may overlap: the listener sees one change at a time, in order
        Optional<Pod> now = backend.inspector().withStatus(pod);
        if (now.isPresent() && !StatusSignature.of(now.get()).equals(last.getAndSet(StatusSignature.of(now.get())))) {
          listener.accept(now.get());
        }
      }
    });
    events.recheck();
    return new PodChanges(events);
  }

  /** The pod's end, naming the first container that exited non-zero (init containers first), with its last lines. */
  private PodFailedException failure(Pod ended) {
    var failed = Stream.concat(ended.status().initContainerStatuses().stream(),
            ended.status().containerStatuses().stream())
        .filter(c -> c.state() != null && c.state().terminated() != null && c.state().terminated().exitCode() != 0)
        .findFirst();
    if (failed.isEmpty()) {
      return new PodFailedException(handle.name(), null, ended.status().phase(), null, List.of());
    }
    var terminated = failed.get().state().terminated();
    List<String> lines;
    try {
      lines = handle.logs(failed.get().name(), LogOptions.ALL.withTail(LAST_LOG_LINES)).lines().toList();
    } catch (RuntimeException gone) {
      lines = List.of(); // removed meanwhile: the exit code still tells what happened
    }
    return new PodFailedException(handle.name(), failed.get().name(), ended.status().phase(),
        "exited " + terminated.exitCode() + " (" + terminated.reason() + ")", lines);
  }
}
