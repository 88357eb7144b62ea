package io.whalepod.docker.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import io.whalepod.docker.internal.DockerClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Test containers that carry {@code io.whalepod.test=true} and this instance's run id, so that
 * {@link #close()} removes exactly them with one label query, however a test ended.
 */
final class LabelledContainers implements AutoCloseable {
  static final String TEST_LABEL = "io.whalepod.test";
  static final String RUN_LABEL = "io.whalepod.test.run";

  private final DockerClients clients;
  private final String run = UUID.randomUUID().toString();

  LabelledContainers(DockerClients clients) {
    this.clients = clients;
  }

  /** What a container printed, and its exit code. */
  record Finished(int exitCode, String output) {}

  /** Creates and starts a container; {@code cmd} may be empty to keep the image's command. */
  String start(String image, List<String> cmd, UnaryOperator<HostConfig> hostConfig) {
    CreateContainerCmd create =
        clients.client()
            .createContainerCmd(image)
            .withLabels(Map.of(TEST_LABEL, "true", RUN_LABEL, run))
            .withHostConfig(hostConfig.apply(HostConfig.newHostConfig()));
    if (!cmd.isEmpty()) {
      create.withCmd(cmd);
    }
    String id = create.exec().getId();
    clients.client().startContainerCmd(id).exec();
    return id;
  }

  /** Runs a container to its end and returns its exit code and output. */
  Finished run(String image, List<String> cmd, UnaryOperator<HostConfig> hostConfig) {
    String id = start(image, cmd, hostConfig);
    int exitCode = awaitExit(id, Duration.ofSeconds(30));
    return new Finished(exitCode, logs(id));
  }

  /**
   * The container's exit code once it exits.
   *
   * @throws com.github.dockerjava.api.exception.DockerClientException if it runs past {@code
   *     timeout}
   */
  int awaitExit(String id, Duration timeout) {
    return clients.longCalls()
        .waitContainerCmd(id)
        .exec(new WaitContainerResultCallback())
        .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  String logs(String id) {
    StringBuilder out = new StringBuilder();
    try {
      clients.client()
          .logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .exec(
              new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                  out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
              })
          .awaitCompletion(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out.toString();
  }

  /** Removes every container of this run, running or not. */
  @Override
  public void close() {
    DockerClient docker = clients.longCalls();
    List<Container> mine =
        docker.listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(Map.of(RUN_LABEL, run))
            .exec();
    for (Container container : mine) {
      try {
        docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
      } catch (NotFoundException alreadyGone) {
        // removed meanwhile: that is what we wanted
      }
    }
  }
}
