package io.whalepod.it;

import io.whalepod.docker.PodHandle;

/**
 * Holds a container's script until the test opens the gate: no head start (a {@code sleep}) the test could lose on
 * a slow day.
 */
final class Gate {
  private static final String FILE = "/tmp/go";

  private Gate() {}

  /** Shell text to put before the script the gate holds back. */
  static String closed() {
    return "while [ ! -e " + FILE + " ]; do sleep 0.1; done; ";
  }

  /** Lets the script of {@code container} go on. */
  static void open(PodHandle pod, String container) {
    pod.exec(container, "touch", FILE);
  }
}
