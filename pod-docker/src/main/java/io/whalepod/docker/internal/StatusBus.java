package io.whalepod.docker.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Status changes that Docker's event stream cannot report because they happen in this JVM (a probe passed or
 * failed): waiters on a pod register here as well as on the event stream.
 */
public final class StatusBus {
  private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

  /** Calls {@code listener} on every change published for pod {@code uid} until it is removed. */
  public void add(String uid, Runnable listener) {
    listeners.computeIfAbsent(uid, key -> ConcurrentHashMap.newKeySet()).add(listener);
  }

  public void remove(String uid, Runnable listener) {
    listeners.computeIfPresent(uid, (key, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }

  void publish(String uid) {
    listeners.getOrDefault(uid, Set.of()).forEach(Runnable::run);
  }
}
