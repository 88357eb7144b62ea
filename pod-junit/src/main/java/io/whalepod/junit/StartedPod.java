package io.whalepod.junit;

import io.whalepod.docker.PodHandle;
import java.time.Duration;

/**
 * A started pod in its scope's store: when JUnit closes the scope (after the class or the test, passed or failed),
 * the pod is deleted at once; tests need no graceful shutdown.
 */
record StartedPod(TestPod testPod, PodHandle handle) implements AutoCloseable {

  /** The store key of a pod: its uid, unique for every start. */
  record Key(String uid) {}

  Key key() {
    return new Key(handle.uid());
  }

  @Override
  public void close() {
    try {
      handle.delete(Duration.ZERO);
    } finally {
      testPod.unbind(handle);
    }
  }
}
