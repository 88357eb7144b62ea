package io.whalepod.bench;

/** One way to run the seed pod: Whalepod or a peer. Every call returns only when the engine has done the work. */
interface Method extends AutoCloseable {
  /** The row's name in the table. */
  String name();

  /** Null when this method can run here, else why it is skipped (printed, never silently dropped). */
  default String unavailable() {
    return null;
  }

  /** Starts pod {@code pod}; returns when every container runs. */
  void up(String pod);

  /** The host PID of a member of {@code pod}: its /proc shows the pod's network namespace. */
  long memberPid(String pod);

  /** Deletes pod {@code pod}; returns when every container (and, unless the row says otherwise, its volume) is gone. */
  void down(String pod);

  /** Clean-up the row's down deliberately leaves out of its timing (see the row's notes). */
  default void afterDown(String pod) {}

  @Override
  default void close() {}
}
