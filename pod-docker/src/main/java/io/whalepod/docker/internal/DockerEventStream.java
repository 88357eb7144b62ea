package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Docker event stream of a runtime: lifecycle events of every Whalepod container, shared by the supervisor
 * and every waiter, so waiting on many pods costs no connection or thread per pod. Kept open: when it breaks (the
 * engine restarted, the connection dropped) listeners hear of the gap, and it is opened again a second later.
 */
public final class DockerEventStream implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(DockerEventStream.class);
  private static final String[] LIFECYCLE = {"create", "start", "die", "oom", "destroy", "health_status"};
  /** How long {@link #addWaker} waits for Docker to confirm the subscription when the stream has to open. */
  private static final Duration CONNECT_WAIT = Duration.ofSeconds(5);
  private static final long REOPEN_DELAY_MS = 1000;
  private static final Duration REPLAYED = Duration.ofSeconds(1);

  /** Hears every event, and of every gap in the stream. */
  public interface Listener {
    /** Called on the stream's thread, one event at a time. */
    void onEvent(Event event);

    /** The stream broke, or opened again after breaking: events may have been missed, so re-read what matters. */
    void onGap();

    /** The runtime closed: no event will come any more. */
    default void onClose() {}
  }

  private final DockerClients clients;
  private final ScheduledExecutorService scheduler;
  private final Executor executor;
  /** Wake a waiter and return at once: called first, so a waiter hears of an exit before it is handled. */
  private final List<Listener> wakers = new CopyOnWriteArrayList<>();
  /** May call Docker (the supervisor): called after the wakers. */
  private final List<Listener> handlers = new CopyOnWriteArrayList<>();
  private Connection current; // guarded by this
  private boolean closed; // guarded by this
  /** The stream broke and has not opened again: whoever opens it next announces the gap once it is open. */
  private boolean broken; // guarded by this
  private volatile boolean brokenLogged;

  public DockerEventStream(DockerClients clients, ScheduledExecutorService scheduler, Executor executor) {
    this.clients = clients;
    this.scheduler = scheduler;
    this.executor = executor;
  }

  /**
   * Adds a listener that only wakes someone up. Returns once Docker has the stream subscribed (at most a few seconds
   * when the engine does not answer), so an event that happens after this call reaches the listener.
   */
  public void addWaker(Listener listener) {
    wakers.add(listener);
    open().awaitStart();
  }

  /** Adds a listener that may take its time (it delays the events behind it, never the wakers). */
  public void addHandler(Listener listener) {
    handlers.add(listener);
    open().awaitStart();
  }

  public void remove(Listener listener) {
    wakers.remove(listener);
    handlers.remove(listener);
  }

  /** Where listeners run work that must not hold up the stream. */
  Executor executor() {
    return executor;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (current != null) {
      current.closeQuietly();
      current = null;
    }
    wakers.forEach(Listener::onClose); // a waiter learns now, not when its time is up
    wakers.clear();
    handlers.clear();
  }

  private synchronized Connection open() {
    if (closed) {
      throw new IllegalStateException("the runtime is closed");
    }
    if (current == null) {
      current = connect(broken);
    }
    return current;
  }

  /**
   * Docker answers before it subscribes, so an event in between would be lost: asking for the last second again
   * covers it. Listeners see a replayed event twice at most, and every one of them tolerates that.
   */
  private Connection connect(boolean reopening) {
    Connection connection = new Connection(reopening);
    Instant since = Instant.now().minus(REPLAYED);
    clients.longCalls().eventsCmd().withEventTypeFilter(EventType.CONTAINER).withEventFilter(LIFECYCLE)
        .withLabelFilter(Labels.POD_UID).withSince(since.getEpochSecond() + "." + String.format("%09d", since.getNano()))
        .exec(connection);
    return connection;
  }

  private synchronized void broke(Connection connection, Throwable cause) {
    if (closed || current != connection) {
      return; // closed by us, or already replaced
    }
    current = null;
    broken = true;
    if (!brokenLogged) {
      brokenLogged = true;
      log.warn("Docker event stream broke; reopening it every second: {}", String.valueOf(cause));
    }
    scheduler.execute(this::gap);
    scheduler.schedule(this::reopen, REOPEN_DELAY_MS, TimeUnit.MILLISECONDS);
  }

  private synchronized void reopen() {
    if (current == null && !closed) {
      current = connect(true);
    }
  }

  private synchronized void opened() {
    broken = false;
  }

  private void gap() {
    tellEveryListener(Listener::onGap, "a gap in Docker's event stream");
  }

  /** Wakers first, then handlers; one listener's failure must not keep the others in the dark. */
  private void tellEveryListener(Consumer<Listener> call, Object what) {
    for (List<Listener> group : List.of(wakers, handlers)) {
      for (Listener listener : group) {
        try {
          call.accept(listener);
        } catch (RuntimeException e) {
          log.warn("handling {}", what, e);
        }
      }
    }
  }

  private final class Connection extends ResultCallback.Adapter<Event> {
    private final CountDownLatch started = new CountDownLatch(1);
    private final boolean reopening;

    Connection(boolean reopening) {
      this.reopening = reopening;
    }

    @Override
    public void onStart(Closeable stream) {
      super.onStart(stream);
      started.countDown();
      if (reopening) {
        opened();
        brokenLogged = false;
        log.info("Docker event stream open again");
        scheduler.execute(DockerEventStream.this::gap); // exits while it was down went unseen
      }
    }

    @Override
    public void onNext(Event event) {
      tellEveryListener(listener -> listener.onEvent(event), event);
    }

    @Override
    public void onError(Throwable error) {
      started.countDown();
      broke(this, error);
      closeQuietly(); // not super.onError: it logs every break with its stack trace at ERROR, once a second
    }

    @Override
    public void onComplete() {
      started.countDown();
      broke(this, null);
      super.onComplete();
    }

    void awaitStart() {
      try {
        started.await(CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void closeQuietly() {
      try {
        close();
      } catch (IOException e) {
        log.debug("closing the event stream", e);
      }
    }
  }
}
