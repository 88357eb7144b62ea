package io.whalepod.docker.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The containers the supervisor holds back before restarting them: Docker shows them exited, the kubelet shows
 * them waiting in CrashLoopBackOff (SPEC §4). Keyed by container attempt; kept in the owning JVM.
 */
public final class BackOffs {
  private final Map<String, Instant> until = new ConcurrentHashMap<>();

  void start(String uid, String name, int exitedAttempt, Duration delay) {
    until.put(key(uid, name, exitedAttempt), Instant.now().plus(delay));
  }

  void end(String uid, String name, int exitedAttempt) {
    until.remove(key(uid, name, exitedAttempt));
  }

  void forget(String uid) {
    until.keySet().removeIf(key -> key.startsWith(uid + "/"));
  }

  /** How long the exited attempt still waits for its restart; empty when it is not backing off. */
  Optional<Duration> remaining(String uid, String name, int attempt) {
    return Optional.ofNullable(until.get(key(uid, name, attempt)))
        .map(end -> Duration.between(Instant.now(), end))
        .filter(left -> !left.isNegative());
  }

  private static String key(String uid, String name, int attempt) {
    return uid + "/" + name + "/" + attempt;
  }
}
