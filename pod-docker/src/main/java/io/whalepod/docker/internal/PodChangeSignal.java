package io.whalepod.docker.internal;

import com.github.dockerjava.api.model.Event;
import java.io.Closeable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Wakes a waiter whenever a container of one pod (or of every pod of a namespace) changes, as the runtime's shared
 * event stream reports it, or this JVM publishes a change (a probe result): waiting follows events instead of
 * polling. Subscribe before reading the state, so no change falls between the two.
 */
public final class PodChangeSignal implements Closeable, DockerEventStream.Listener {
  private final Semaphore changes = new Semaphore(0);
  private final DockerEventStream engine;
  private final Map<String, String> labels;
  private final Runnable onChange;
  private final AtomicBoolean onChangePending = new AtomicBoolean();
  private final Runnable onLocalChange = this::changed;
  private StatusBus bus;
  private String busUid;
  private boolean closed; // guarded by this
  private volatile boolean runtimeClosed;

  private PodChangeSignal(DockerEventStream engine, Map<String, String> labels, Runnable onChange) {
    this.engine = engine;
    this.labels = Map.copyOf(labels);
    this.onChange = onChange;
  }

  /** Changes of one pod's containers, and the ones this JVM publishes for it. */
  public static PodChangeSignal ofPod(DockerEventStream engine, StatusBus bus, String uid) {
    return ofPod(engine, bus, uid, null);
  }

  /**
   * As {@link #ofPod(DockerEventStream, StatusBus, String)}, also running {@code onChange} after each change, off the
   * stream's thread; changes that arrive while it is pending are folded into one run.
   */
  public static PodChangeSignal ofPod(DockerEventStream engine, StatusBus bus, String uid, Runnable onChange) {
    PodChangeSignal events = new PodChangeSignal(engine, Map.of(Labels.POD_UID, uid), onChange);
    events.bus = bus;
    events.busUid = uid;
    bus.add(uid, events.onLocalChange);
    try {
      engine.addWaker(events);
    } catch (RuntimeException e) {
      bus.remove(uid, events.onLocalChange);
      throw e;
    }
    return events;
  }

  /** Changes of the containers carrying every label of {@code labels} (an empty value: the label, any value). */
  public static PodChangeSignal matching(DockerEventStream engine, Map<String, String> labels) {
    PodChangeSignal events = new PodChangeSignal(engine, labels, null);
    engine.addWaker(events);
    return events;
  }

  @Override
  public void onEvent(Event event) {
    Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
    if (attributes != null && labels.entrySet().stream().allMatch(label -> label.getValue().isEmpty()
        ? attributes.containsKey(label.getKey()) : label.getValue().equals(attributes.get(label.getKey())))) {
      changed();
    }
  }

  @Override
  public void onGap() {
    changed();
  }

  @Override
  public void onClose() {
    runtimeClosed = true;
    changes.release();
  }

  /** Acts as if a change came: covers one that happened between reading the state and subscribing. */
  public void recheck() {
    changed();
  }

  private void changed() {
    changes.release();
    if (onChange != null && onChangePending.compareAndSet(false, true)) {
      engine.executor().execute(() -> {
        onChangePending.set(false);
        synchronized (this) { // close() waits for a run in progress: after it, the listener is silent
          if (!closed) {
            onChange.run();
          }
        }
      });
    }
  }

  /**
   * Waits up to {@code timeout} for the next change; true when one came.
   *
   * @throws IllegalStateException when the runtime closed: no change will be seen any more
   */
  public boolean awaitChange(Duration timeout) throws InterruptedException {
    if (timeout.isNegative() || timeout.isZero()) {
      return false;
    }
    boolean changed = changes.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    changes.drainPermits(); // one re-check covers every event that queued up meanwhile
    requireRuntimeOpen();
    return changed;
  }

  /** Whether the runtime closed: then nothing can be read any more, and a read that failed failed for that. */
  public boolean runtimeClosed() {
    return runtimeClosed;
  }

  private void requireRuntimeOpen() {
    if (runtimeClosed) {
      throw new IllegalStateException("the runtime was closed while waiting");
    }
  }

  /**
   * Checks {@code done} now and after every change until it holds or {@code limit} passed.
   *
   * @return true when {@code done} held in time
   */
  public boolean until(BooleanSupplier done, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      requireRuntimeOpen();
      if (!awaitChange(Duration.ofNanos(deadline - System.nanoTime()))) {
        return done.getAsBoolean();
      }
    }
    return true;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    if (bus != null) {
      bus.remove(busUid, onLocalChange);
    }
    engine.remove(this);
  }
}
