package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.whalepod.docker.PodConditions;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.it.Engine;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member killed with SIGKILL ({@code docker kill}) is restarted per the pod's policy, with restartCount and
 * lastState as the kubelet reports them. {@code Always} is in {@code RestartPolicyTest}; here are the other two:
 * exit 137 is a failure, so {@code OnFailure} restarts it and {@code Never} leaves the pod Failed.
 */
@Tag("reliability")
class MemberKilledTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @ParameterizedTest(name = "{0}")
  @CsvSource({"OnFailure, 1, Running", "Never, 0, Failed"})
  void aMemberKilledWithSigkillFollowsTheRestartPolicy(String policy, int restarts, String phase) {
    try (RelPods pods = RelPods.prefixed("killed")) {
      Pod pod = Pod.named(pods.name(policy.toLowerCase(java.util.Locale.ROOT))).restartPolicy(policy)
          .terminationGracePeriodSeconds(0)
          .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("sleep", "600"))
          .build();
      PodHandle handle = Engine.RUNTIME.run(pod);
      String id = main(handle.get()).containerID().substring("docker://".length());
      try (DockerClients clients = DockerClients.fromEnvironment()) {
        clients.client().killContainerCmd(id).withSignal("KILL").exec();
      }
      Pod seen = handle.waitFor(PodConditions.phase(phase).and(p -> main(p).restartCount() == restarts
          && (restarts == 0 || main(p).state().running() != null)), LIMIT);
      ContainerStatus main = main(seen);
      var killed = restarts > 0 ? main.lastState().terminated() : main.state().terminated();
      assertNotNull(killed, main.toString());
      assertEquals(137, killed.exitCode());
      assertEquals("Error", killed.reason());
      handle.delete(Duration.ZERO);
      assertEquals(0, pods.leftovers());
    }
  }

  private static ContainerStatus main(Pod pod) {
    return pod.status().containerStatuses().get(0);
  }
}
