package io.whalepod.cli;

import io.whalepod.docker.LogOptions;
import io.whalepod.docker.PodHandle;
import io.whalepod.model.Container;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the output of every container of a pod to one terminal, each line prefixed with
 * {@code [pod/NAME/CONTAINER]} as {@code kubectl logs --prefix} does. One daemon thread per followed container:
 * a command-line process, not the library.
 */
final class MemberLogs {
  private final PrintStream out;
  private final List<Thread> followers = new ArrayList<>();

  MemberLogs(PrintStream out) {
    this.out = out;
  }

  /** Follows each container of the pod that exists now, init containers first, until it stops. */
  void follow(PodHandle handle) {
    for (Container container : handle.pod().spec().allContainers()) {
      Thread follower = new Thread(() -> {
        try {
          handle.logs(container.name(), LogOptions.ALL.withFollow(true),
              new Prefixing("[pod/" + handle.name() + "/" + container.name() + "] "));
        } catch (RuntimeException notCreated) {
          // an init container that never ran, or a pod deleted meanwhile: nothing to show
        }
      }, "whalepod-logs-" + container.name());
      follower.setDaemon(true);
      follower.start();
      followers.add(follower);
    }
  }

  /** Gives the followers a moment to print what the containers wrote last. */
  void awaitEnd(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (Thread follower : followers) {
      try {
        follower.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Writes whole lines, each with the prefix, so lines of different containers never interleave mid-line. */
  private final class Prefixing extends OutputStream {
    private final String prefix;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Prefixing(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flushLine();
      }
    }

    @Override
    public void flush() {
      // Lines go out whole, in write(); a partial line waits for its end.
    }

    private void flushLine() {
      synchronized (out) {
        out.print(prefix + line.toString(StandardCharsets.UTF_8));
        out.flush();
      }
      line.reset();
    }
  }
}
