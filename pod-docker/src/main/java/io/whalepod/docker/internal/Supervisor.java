package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.whalepod.plan.BackOff;
import io.whalepod.plan.RestartDecision;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the app containers of the pods one runtime owns, per the pod's restartPolicy with the kubelet's
 * back-off (SPEC §4). One Docker event stream for all of them: no polling, no thread per pod. A restart is a new
 * container (attempt n+1); the previous one stays as the source of lastState, older ones are removed.
 */
public final class Supervisor implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

  private final DockerClients clients;
  private final BackOff backOff;
  private final ScheduledExecutorService scheduler;
  private final Map<String, PodStarter.Started> pods = new ConcurrentHashMap<>();
  /** uid/container → consecutive restarts. */
  private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
  /** uid/container/attempt already handled: an exit is seen by its event and possibly by a resync. */
  private final java.util.Set<String> handledAttempts = ConcurrentHashMap.newKeySet();
  private volatile Closeable stream;
  private volatile boolean closed;

  public Supervisor(DockerClients clients, BackOff backOff, ScheduledExecutorService scheduler) {
    this.clients = clients;
    this.backOff = backOff;
    this.scheduler = scheduler;
  }

  /**
   * Starts watching a pod; the event stream opens with the first pod. A container may have exited before the pod
   * was registered (its die event then found nobody), so the pod's current state is read once afterwards.
   */
  public void watch(PodStarter.Started started) {
    synchronized (this) {
      pods.put(started.pod().metadata().uid(), started);
      if (stream == null) {
        subscribe();
      }
    }
    resync(started);
  }

  /** Stops restarting a pod's containers: call before deleting it. */
  public void forget(String uid) {
    pods.remove(uid);
    restarts.keySet().removeIf(key -> key.startsWith(uid + "/"));
    handledAttempts.removeIf(key -> key.startsWith(uid + "/"));
  }

  @Override
  public synchronized void close() {
    closed = true;
    pods.clear();
    closeStream();
  }

  private void subscribe() {
    ResultCallback.Adapter<Event> callback = new ResultCallback.Adapter<>() {
      @Override
      public void onNext(Event event) {
        onDie(event);
      }

      @Override
      public void onError(Throwable error) {
        log.warn("Docker event stream broke ({}); reconnecting", error.getMessage());
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

  private void onDie(Event event) {
    Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
    PodStarter.Started pod = pods.get(attributes.get(Labels.POD_UID));
    if (pod == null || !Labels.Type.APP.label().equals(attributes.get(Labels.CONTAINER_TYPE))) {
      return;
    }
    onExit(pod, attributes.get(Labels.CONTAINER_NAME),
        Integer.parseInt(attributes.getOrDefault(Labels.ATTEMPT, "0")),
        Integer.parseInt(attributes.getOrDefault("exitCode", "0")), event.getId());
  }

  /** Handles app containers that exited before the pod was watched. */
  private void resync(PodStarter.Started pod) {
    String uid = pod.pod().metadata().uid();
    var containers = clients.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_TYPE, Labels.Type.APP.label())).exec();
    for (io.whalepod.model.Container spec : pod.pod().spec().containers()) {
      ContainerObservations.current(spec.name(), containers)
          .filter(c -> "exited".equals(c.getState()))
          .ifPresent(c -> {
            Long exitCode = clients.client().inspectContainerCmd(c.getId()).exec().getState().getExitCodeLong();
            onExit(pod, spec.name(), Integer.parseInt(c.getLabels().getOrDefault(Labels.ATTEMPT, "0")),
                exitCode == null ? 0 : exitCode.intValue(), c.getId());
          });
    }
  }

  /** Schedules the restart of attempt {@code attempt} of a container, once per attempt. */
  private void onExit(PodStarter.Started pod, String name, int attempt, int exitCode, String containerId) {
    if (!handledAttempts.add(pod.pod().metadata().uid() + "/" + name + "/" + attempt)) {
      return; // the die event and the resync both saw this exit
    }
    if (!RestartDecision.shouldRestart(pod.pod().spec().restartPolicy(), exitCode, false)) {
      return;
    }
    String key = pod.pod().metadata().uid() + "/" + name;
    Duration lastRun = lastRun(containerId);
    int soFar = backOff.resets(lastRun) ? 0 : restarts.getOrDefault(key, 0);
    Duration delay = backOff.delay(soFar, lastRun);
    restarts.put(key, soFar + 1);
    log.info("pod {} container {} exited {}; restarting in {}", pod.pod().name(), name, exitCode, delay);
    scheduler.schedule(() -> restart(pod.pod().metadata().uid(), name, attempt + 1),
        delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Duration lastRun(String containerId) {
    try {
      var state = clients.client().inspectContainerCmd(containerId).exec().getState();
      Instant started = ContainerObservations.time(state.getStartedAt());
      Instant finished = ContainerObservations.time(state.getFinishedAt());
      return started == null || finished == null ? Duration.ZERO : Duration.between(started, finished);
    } catch (RuntimeException e) {
      return Duration.ZERO;
    }
  }

  private void restart(String uid, String name, int attempt) {
    PodStarter.Started pod = pods.get(uid);
    if (pod == null) {
      return; // deleted while backing off
    }
    var container = pod.pod().spec().container(name).orElseThrow();
    try {
      String id = MemberFactory.create(clients.client(), pod.pod(), container, Labels.Type.APP, attempt,
          pod.sandboxId(), pod.volumes().bindsFor(container), false).exec().getId();
      if (!pods.containsKey(uid)) {
        clients.client().removeContainerCmd(id).withForce(true).exec(); // deleted meanwhile: leave nothing
        return;
      }
      clients.client().startContainerCmd(id).exec();
      removeOlderAttempts(uid, name, attempt);
    } catch (RuntimeException e) {
      log.warn("pod {} container {}: restart failed: {}", pod.pod().name(), name, e.getMessage());
    }
  }

  /** Keeps the new container and the one before it (lastState), as the kubelet keeps the last dead container. */
  private void removeOlderAttempts(String uid, String name, int current) {
    for (Container c : clients.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, uid, Labels.CONTAINER_NAME, name)).exec()) {
      int attempt = Integer.parseInt(c.getLabels().getOrDefault(Labels.ATTEMPT, "0"));
      if (attempt < current - 1) {
        clients.client().removeContainerCmd(c.getId()).withForce(true).exec();
      }
    }
  }
}
