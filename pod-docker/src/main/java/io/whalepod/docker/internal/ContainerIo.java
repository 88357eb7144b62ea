package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.whalepod.docker.ExecResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Exec and logs: calls that stream for a long time, so they go through the client without a response timeout. */
public final class ContainerIo {
  private final DockerClients clients;

  public ContainerIo(DockerClients clients) {
    this.clients = clients;
  }

  /** Runs {@code command} (no shell) in a running container and waits for it. */
  public ExecResult exec(String containerId, List<String> command) {
    String execId = clients.client().execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
        .withAttachStdout(true).withAttachStderr(true).exec().getId();
    Collector output = new Collector();
    await(clients.longCalls().execStartCmd(execId).exec(output));
    Long exitCode = clients.client().inspectExecCmd(execId).exec().getExitCodeLong();
    return new ExecResult(exitCode == null ? -1 : exitCode.intValue(), output.stdout(), output.stderr());
  }

  /** Everything the container wrote so far, stdout and stderr interleaved as Docker stored them. */
  public String logs(String containerId) {
    Collector output = new Collector();
    await(clients.longCalls().logContainerCmd(containerId).withStdOut(true).withStdErr(true).exec(output));
    return output.all();
  }

  private static void await(ResultCallback.Adapter<Frame> callback) {
    try {
      callback.awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading from a container", e);
    }
  }

  /** Collects Docker's multiplexed frames; a tty container sends RAW frames. */
  private static final class Collector extends ResultCallback.Adapter<Frame> {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();

    @Override
    public synchronized void onNext(Frame frame) {
      byte[] payload = frame.getPayload();
      (frame.getStreamType() == StreamType.STDERR ? err : out).writeBytes(payload);
      all.writeBytes(payload);
    }

    synchronized String stdout() {
      return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
      return err.toString(StandardCharsets.UTF_8);
    }

    synchronized String all() {
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
