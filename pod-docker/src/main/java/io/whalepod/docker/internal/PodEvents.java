package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes a waiter whenever Docker reports a lifecycle event of the containers of one pod (or of every pod of a
 * namespace): waiting follows the event stream instead of polling. Subscribe before reading the state, so no change
 * falls between the two.
 */
public final class PodEvents implements Closeable {
  private static final String[] LIFECYCLE = {"create", "start", "die", "oom", "destroy", "health_status"};

  private final Semaphore changes = new Semaphore(0);
  private final Runnable onChange;
  private final Runnable onLocalChange = this::changed;
  private StatusBus bus;
  private String busUid;
  private final ResultCallback.Adapter<Event> stream = new ResultCallback.Adapter<>() {
    @Override
    public void onNext(Event event) {
      changed();
    }
  };

  private PodEvents(Runnable onChange) {
    this.onChange = onChange;
  }

  /** Events of one pod's containers. */
  public static PodEvents subscribe(DockerClients clients, String uid) {
    return subscribe(clients, Map.of(Labels.POD_UID, uid), () -> { });
  }

  /**
   * Events of the containers carrying every label of {@code labels} (an empty value: the label exists, whatever
   * its value); {@code onChange} runs on the stream's thread after each one.
   */
  public static PodEvents subscribe(DockerClients clients, Map<String, String> labels, Runnable onChange) {
    PodEvents events = new PodEvents(onChange);
    String[] filters = labels.entrySet().stream()
        .map(label -> label.getValue().isEmpty() ? label.getKey() : label.getKey() + "=" + label.getValue())
        .toArray(String[]::new);
    clients.longCalls().eventsCmd().withEventFilter(LIFECYCLE).withLabelFilter(filters).exec(events.stream);
    return events;
  }

  private void changed() {
    changes.release();
    onChange.run();
  }

  /** Also wakes on changes this JVM publishes for pod {@code uid} (probe results), until closed. */
  public PodEvents alsoOn(StatusBus statusBus, String uid) {
    this.bus = statusBus;
    this.busUid = uid;
    statusBus.add(uid, onLocalChange);
    return this;
  }

  /** Waits up to {@code timeout} for the next event; true when one came. */
  public boolean awaitChange(Duration timeout) throws InterruptedException {
    if (timeout.isNegative() || timeout.isZero()) {
      return false;
    }
    boolean changed = changes.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    changes.drainPermits(); // one re-check covers every event that queued up meanwhile
    return changed;
  }

  @Override
  public void close() {
    if (bus != null) {
      bus.remove(busUid, onLocalChange);
    }
    try {
      stream.close();
    } catch (IOException e) {
      // closing a finished event stream: nothing left to release
    }
  }
}
