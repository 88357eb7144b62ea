package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Docker event stream of the "die" events of every Whalepod container, kept open: when it breaks (the engine
 * restarted, the connection dropped) it is opened again a second later, and {@code onReconnect} runs, since exits
 * while it was down went unseen.
 */
final class DieEvents implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(DieEvents.class);

  private final DockerClients clients;
  private final ScheduledExecutorService scheduler;
  private final Consumer<Event> onDie;
  private final Runnable onReconnect;
  private Closeable stream;
  private volatile boolean closed;

  DieEvents(DockerClients clients, ScheduledExecutorService scheduler, Consumer<Event> onDie, Runnable onReconnect) {
    this.clients = clients;
    this.scheduler = scheduler;
    this.onDie = onDie;
    this.onReconnect = onReconnect;
  }

  /** Opens the stream unless it is open. */
  synchronized void open() {
    if (stream == null && !closed) {
      subscribe();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    closeStream();
  }

  private void subscribe() {
    ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
      @Override
      public void onNext(Event event) {
        try {
          onDie.accept(event);
        } catch (RuntimeException e) { // one bad event must not end the stream for every pod
          log.warn("handling Docker event {}", event, e);
        }
      }

      @Override
      public void onError(Throwable error) {
        if (closed) {
          return; // our own close() ended the stream
        }
        log.warn("Docker event stream broke; reconnecting", error);
        reconnect();
      }
    };
    stream = clients.longCalls().eventsCmd().withEventTypeFilter(EventType.CONTAINER).withEventFilter("die")
        .withLabelFilter(Labels.POD_UID).exec(callback);
  }

  private synchronized void reconnect() {
    if (!closed) {
      closeStream();
      scheduler.schedule(this::resubscribe, 1, TimeUnit.SECONDS);
    }
  }

  private synchronized void resubscribe() {
    if (!closed) {
      subscribe();
      scheduler.execute(onReconnect);
    }
  }

  private void closeStream() {
    try {
      if (stream != null) {
        stream.close();
      }
    } catch (IOException e) {
      log.debug("closing the event stream", e);
    }
    stream = null;
  }
}
