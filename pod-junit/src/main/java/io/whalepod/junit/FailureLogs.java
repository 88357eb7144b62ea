package io.whalepod.junit;

import io.whalepod.docker.PodHandle;
import io.whalepod.model.Container;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints the logs of every container of some pods, so a failed test shows what the pods said. It writes to
 * {@code System.err} as it is at the time of the failure (Surefire and IDEs capture it per test).
 */
final class FailureLogs {
  private FailureLogs() {}

  /**
   * Prints {@code reason}, then one block per container of every running pod, headed
   * {@code --- pod web, container httpd ---}. Pods not running (not started, already deleted) are skipped.
   */
  static void print(List<TestPod> pods, String reason) {
    if (pods.stream().allMatch(p -> p.handleOrNull() == null)) {
      return;
    }
    PrintStream err = System.err;
    StringBuilder out = new StringBuilder("=== whalepod: ").append(reason).append(", logs of the pods in scope ===")
        .append(System.lineSeparator());
    for (TestPod testPod : pods) {
      PodHandle handle = testPod.handleOrNull();
      if (handle != null) {
        append(out, handle);
      }
    }
    // One write, so logs of tests failing in parallel do not interleave line by line.
    err.print(out);
    err.flush();
  }

  private static void append(StringBuilder out, PodHandle handle) {
    List<Container> containers = handle.pod().spec().allContainers();
    for (Container container : containers) {
      out.append("--- pod ").append(handle.name()).append(", container ").append(container.name())
          .append(" ---").append(System.lineSeparator());
      out.append(logsOf(handle, container.name()));
      if (out.charAt(out.length() - 1) != '\n') {
        out.append(System.lineSeparator());
      }
    }
  }

  private static String logsOf(PodHandle handle, String container) {
    try {
      return handle.logs(container);
    } catch (RuntimeException e) {
      // An init container that never ran or a pod already gone: say so, and keep printing the others.
      return "(no logs: " + e.getMessage() + ")";
    }
  }
}
