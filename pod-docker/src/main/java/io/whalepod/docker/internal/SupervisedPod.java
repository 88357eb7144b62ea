package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import io.whalepod.plan.ContainerKill;
import io.whalepod.plan.PodActions;
import io.whalepod.plan.PodMemory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a supervisor holds for one pod: where it runs, what the plan must remember beyond the engine's labels,
 * its probes and the last actions planned. Syncs of one pod run one at a time, under this object's lock; forgetting the pod is {@link #close}.
 */
final class SupervisedPod {
  private final PodStarter.Started started;
  private final PodProbes probes;
  private final AtomicBoolean syncQueued = new AtomicBoolean();
  // Guarded by this:
  private final List<ContainerKill> requestedKills = new ArrayList<>();
  private boolean appsFinished;
  private boolean startSequenceRunning;
  private int generation;
  private String address;
  private ScheduledFuture<?> wakeUp;
  private boolean closed;
  private volatile PodActions lastActions = PodActions.NONE;

  SupervisedPod(PodStarter.Started started, PodProbes probes) {
    this.started = started;
    this.probes = probes;
  }

  Pod pod() {
    return started.pod();
  }

  String uid() {
    return started.pod().metadata().uid();
  }

  PodStarter.Started started() {
    return started;
  }

  PodProbes probes() {
    return probes;
  }

  /** Claims the next sync: false when one is queued already (it will see the newest state). */
  boolean queueSync() {
    return !syncQueued.getAndSet(true);
  }

  void syncStarts() {
    syncQueued.set(false);
  }

  synchronized PodMemory memory() {
    return new PodMemory(appsFinished, startSequenceRunning, requestedKills);
  }

  synchronized void planned(PodActions actions) {
    requestedKills.clear(); // handed to the plan: the ones that still apply are in its kills
    lastActions = actions;
    appsFinished |= actions.appsFinished();
  }

  PodActions lastActions() {
    return lastActions;
  }

  /** The start the given exited run waits for, if it backs off. */
  Optional<Instant> backOffUntil(String name, int exitedAttempt, Instant now) {
    return lastActions.waiting(name, now).filter(start -> start.attempt() == exitedAttempt + 1)
        .map(start -> start.notBefore());
  }

  synchronized void requestKill(ContainerKill kill) {
    requestedKills.add(kill);
  }

  /** A start sequence (init containers, then the apps) begins in the current generation; returns that generation. */
  synchronized int startSequence() {
    startSequenceRunning = true;
    return generation;
  }

  /**
   * A start sequence begun in {@code generation} ended; false when the pod was rebuilt since (the
   * rebuild's own sequence then owns it) or forgotten.
   */
  synchronized boolean sequenceEnded(int generation) {
    if (closed || this.generation != generation) {
      return false;
    }
    startSequenceRunning = false;
    return true;
  }

  /** A rebuild starts a new generation: start steps from before it must not take the pod over. */
  synchronized int rebuilt(boolean runsStartSequence) {
    startSequenceRunning = runsStartSequence;
    return ++generation;
  }

  synchronized String address() {
    return address;
  }

  synchronized void address(String value) {
    address = value;
  }

  synchronized void wakeUp(ScheduledFuture<?> next) {
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    wakeUp = next;
  }

  synchronized boolean closed() {
    return closed;
  }

  /** Forgets the pod: no sync, probe or wake-up runs for it once this returns (a sync in progress is waited for). */
  synchronized void close() {
    closed = true;
    wakeUp(null);
    probes.close();
  }
}
