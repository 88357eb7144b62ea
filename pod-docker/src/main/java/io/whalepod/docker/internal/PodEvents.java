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
 * Wakes a waiter whenever Docker reports a lifecycle event of one pod's containers: waiting follows the event
 * stream instead of polling. Subscribe before reading the state, so no change falls between the two.
 */
public final class PodEvents implements Closeable {
  private static final String[] LIFECYCLE = {"create", "start", "die", "oom", "destroy", "health_status"};

  private final Semaphore changes = new Semaphore(0);
  private final ResultCallback.Adapter<Event> stream;

  private PodEvents(ResultCallback.Adapter<Event> stream) {
    this.stream = stream;
  }

  public static PodEvents subscribe(DockerClients clients, String uid) {
    Semaphore[] holder = new Semaphore[1];
    ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
      @Override
      public void onNext(Event event) {
        holder[0].release();
      }
    };
    PodEvents events = new PodEvents(callback);
    holder[0] = events.changes;
    clients.longCalls().eventsCmd().withLabelFilter(Map.of(Labels.POD_UID, uid)).withEventFilter(LIFECYCLE)
        .exec(callback);
    return events;
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
    try {
      stream.close();
    } catch (IOException e) {
      // closing a finished event stream: nothing left to release
    }
  }
}
