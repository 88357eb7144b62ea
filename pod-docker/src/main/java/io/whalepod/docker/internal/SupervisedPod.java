package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.plan.ContainerKill;
import io.whalepod.plan.ContainerRun;
import io.whalepod.plan.ContainerStart;
import io.whalepod.plan.ObservedPod;
import io.whalepod.plan.PodActions;
import io.whalepod.plan.PodMemory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a supervisor holds for one pod: where it runs, what the plan must remember beyond the engine's labels,
 * its probes, the last actions planned and when to look again. Syncs of one pod run one at a time, under this
 * object's lock; forgetting the pod is {@link #close}.
 */
final class SupervisedPod {
  /** The first retry after a failed sync step; it doubles up to the restart back-off's cap. */
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

  private final PodStarter.Started started;
  private final BackOff backOff;
  private final PodProbes probes;
  private final AtomicBoolean syncQueued = new AtomicBoolean();
  /** Probe threads add without waiting for a sync in progress; the next plan takes them. */
  private final Queue<ContainerKill> requestedKills = new ConcurrentLinkedQueue<>();
  // Guarded by this:
  private final Map<String, PodMemory.ExitSeen> exitsSeen = new HashMap<>();
  private boolean appsFinished;
  private boolean startSequenceRunning;
  private int generation;
  private String address;
  private ScheduledFuture<?> wakeUp;
  private Instant wakeUpAt;
  private Duration retry = FIRST_RETRY;
  private volatile boolean closed;
  private volatile boolean deleted;
  private volatile PodActions lastActions = PodActions.NONE;

  SupervisedPod(PodStarter.Started started, BackOff backOff, PodProbes probes) {
    this.started = started;
    this.backOff = backOff;
    this.probes = probes;
  }

  /** The pod's restart back-off, as its sandbox records it. */
  BackOff backOff() {
    return backOff;
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

  /** The queued sync begins: a change from now on queues another. */
  void dequeued() {
    syncQueued.set(false);
  }

  /** What the plan needs to remember, with the exits of {@code observed} first seen now recorded as seen now. */
  synchronized PodMemory memory(ObservedPod observed, Instant now) {
    observed.containers().forEach((name, run) -> {
      PodMemory.ExitSeen seen = exitsSeen.get(name);
      if (run.state() == ContainerRun.State.EXITED && (seen == null || seen.attempt() != run.attempt())) {
        exitsSeen.put(name, new PodMemory.ExitSeen(run.attempt(), now));
      }
    });
    List<ContainerKill> kills = new ArrayList<>();
    for (ContainerKill kill; (kill = requestedKills.poll()) != null; ) {
      kills.add(kill); // handed to the plan: the ones that still apply come back as its kills
    }
    return new PodMemory(appsFinished, startSequenceRunning, kills, exitsSeen);
  }

  synchronized void planned(PodActions actions) {
    lastActions = actions;
    appsFinished |= actions.appsFinished();
  }

  /** The starts waiting for their back-off, as of the last plan: what the status shows as CrashLoopBackOff. */
  List<ContainerStart> waiting(Instant now) {
    PodActions actions = lastActions;
    List<ContainerStart> waiting = new ArrayList<>();
    actions.starts().stream().filter(start -> !start.due(now)).forEach(waiting::add);
    actions.initToRun().filter(start -> !start.due(now)).ifPresent(waiting::add);
    return waiting;
  }

  /** The start the given exited run waits for, if it backs off. */
  Optional<Instant> backOffUntil(String name, int exitedAttempt, Instant now) {
    return lastActions.waiting(name, now).filter(start -> start.attempt() == exitedAttempt + 1)
        .map(ContainerStart::notBefore);
  }

  void requestKill(ContainerKill kill) {
    requestedKills.add(kill);
  }

  /** A start sequence (init containers, then the apps) begins in the current generation; returns that generation. */
  synchronized int startSequence() {
    startSequenceRunning = true;
    return generation;
  }

  /** Whether a start sequence begun in {@code generation} may go on: the pod was neither rebuilt nor forgotten. */
  synchronized boolean current(int generation) {
    return !closed && this.generation == generation;
  }

  /** A start sequence begun in {@code generation} ended; false when the pod was rebuilt since, or forgotten. */
  synchronized boolean sequenceEnded(int generation) {
    if (!current(generation)) {
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

  /**
   * Makes sure a sync runs by {@code at}: a wake-up already due earlier stays.
   *
   * @param schedule schedules the sync after a delay and returns its future
   */
  synchronized void wakeUpBy(Instant at, Instant now, java.util.function.Function<Long, ScheduledFuture<?>> schedule) {
    if (closed || (wakeUp != null && !wakeUp.isDone() && !wakeUpAt.isAfter(at))) {
      return;
    }
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    wakeUpAt = at;
    // Rounded up: Docker's times have nanoseconds, and a wake-up a fraction early would find the start not due.
    long nanos = Math.max(0, Duration.between(now, at).toNanos());
    wakeUp = schedule.apply(TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
  }

  /** A step failed: the next retry waits twice as long as this one, up to {@code max}. */
  synchronized Duration nextRetry(Duration max) {
    Duration now = retry;
    retry = retry.multipliedBy(2).compareTo(max) > 0 ? max : retry.multipliedBy(2);
    return now;
  }

  /** A sync went through: the next failure retries quickly again. */
  synchronized void succeeded() {
    retry = FIRST_RETRY;
  }

  boolean closed() {
    return closed;
  }

  /** Whether the pod was forgotten because it is being deleted (not because its supervisor stopped). */
  boolean deleted() {
    return deleted;
  }

  /**
   * Forgets the pod: no sync, wake-up or probe starts for it once this returns; one already running ends first.
   *
   * @param beingDeleted the pod is being deleted: a start step still running removes what it leaves
   */
  synchronized void close(boolean beingDeleted) {
    deleted = beingDeleted;
    closed = true;
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    probes.close();
  }
}
