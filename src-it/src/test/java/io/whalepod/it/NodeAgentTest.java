package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.node.NodeAgent;
import io.whalepod.plan.BackOff;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detached pods marked for the node agent follow the kubelet's rules, whichever agent process runs. */
class NodeAgentTest {
  /** Kubernetes' shape in small values: at once, then 500 ms doubling to 4 s. */
  private static final BackOff FAST = new BackOff(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(10));
  private static PodRuntime cli;
  private static DockerClients engine;

  @BeforeAll
  static void detachedRuntimeForTheAgent() {
    // The pods record this back-off on their sandbox: the agent follows it, and every reader counts with it.
    cli = PodRuntime.builder().detached(true).nodeAgent(true).restartBackOff(FAST).build();
    engine = DockerClients.fromEnvironment();
  }

  @AfterAll
  static void close() {
    cli.close();
    engine.close();
  }

  private static Pod pod(String name, String script) {
    return Pod.named(name).terminationGracePeriodSeconds(0)
        .container(c -> c.name("main").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", script))
        .build();
  }

  private static ContainerStatus main(PodHandle handle) {
    return handle.get().status().containerStatuses().get(0);
  }

  /** Every run of the pod's container, oldest first, as Docker holds them. */
  private static List<InspectContainerResponse> runs(PodHandle handle) {
    return engine.client().listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(Labels.POD_UID, handle.uid(), Labels.CONTAINER_NAME, "main")).exec().stream()
        .flatMap(c -> {
          try {
            return java.util.stream.Stream.of(engine.client().inspectContainerCmd(c.getId()).exec());
          } catch (com.github.dockerjava.api.exception.NotFoundException removed) {
            return java.util.stream.Stream.empty(); // an old run the agent removed meanwhile
          }
        })
        .sorted(Comparator.comparingInt(c -> Labels.attempt(c.getConfig().getLabels())))
        .toList();
  }

  @Test
  void aCrashingContainerIsRestartedByTheAgentWithTheKubeletsBackOffAndNotByDocker() {
    PodHandle handle = cli.run(pod("agent-crash-loop", "exit 1"));
    try (NodeAgent agent = NodeAgent.start(System.getenv(), FAST)) {
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> main(handle).restartCount() >= 3);
      List<InspectContainerResponse> runs = runs(handle);
      assertTrue(runs.stream().allMatch(run -> run.getHostConfig().getRestartPolicy() == null
          || run.getHostConfig().getRestartPolicy().getName() == null
          || run.getHostConfig().getRestartPolicy().getName().isEmpty()
          || "no".equals(run.getHostConfig().getRestartPolicy().getName())), "Docker's restart policy is set");
      // The agent keeps the current run and the one before it; their gap is the back-off after two restarts.
      InspectContainerResponse before = runs.get(runs.size() - 2);
      InspectContainerResponse last = runs.get(runs.size() - 1);
      int lastAttempt = Labels.attempt(last.getConfig().getLabels());
      Duration gap = Duration.between(Instant.parse(before.getState().getFinishedAt()),
          Instant.parse(last.getState().getStartedAt()));
      Duration expected = FAST.delay(lastAttempt - 1, Duration.ZERO);
      assertTrue(gap.compareTo(expected.minusMillis(50)) >= 0, "restart " + lastAttempt + " came after " + gap
          + ", the back-off is " + expected);
    } finally {
      handle.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(handle.uid()));
  }

  @Test
  void anExitedContainerWaitsForTheAgentAndANewAgentRestartsNothingThatRuns() {
    PodHandle crashes = cli.run(pod("agent-waited-for", "exit 3"));
    PodHandle runs = cli.run(pod("agent-restarted-under", "exec sleep 600"));
    try {
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> main(crashes).state().terminated() != null);
      Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
          .until(() -> main(crashes).restartCount() == 0); // nobody but the agent restarts it
      String running = runs(runs).get(0).getId();
      try (NodeAgent first = NodeAgent.start(System.getenv(), FAST)) {
        assertTrue(first.supervised() >= 2);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> main(crashes).restartCount() >= 1);
      }
      try (NodeAgent second = NodeAgent.start(System.getenv(), FAST)) {
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
            .until(() -> main(runs).restartCount() == 0 && main(runs).state().running() != null);
        assertEquals(List.of(running), runs(runs).stream().map(InspectContainerResponse::getId).toList(),
            "an agent that started afresh restarted a container that was running");
      }
    } finally {
      crashes.delete(Duration.ZERO);
      runs.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(crashes.uid()) + Engine.leftovers(runs.uid()));
  }

  @Test
  void theCommandLinesAgentRestartsAPodMadeForItAndStopsOnSigtermLeavingThePod() throws Exception {
    PodHandle handle = cli.run(pod("agent-from-cli", "sleep 1; exit 1"));
    Process agent = Cli.start("node", "--foreground");
    try {
      // Kubernetes' back-off: the first restart comes at once.
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> main(handle).restartCount() >= 1);
      agent.destroy(); // SIGTERM
      assertTrue(agent.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the agent did not stop on SIGTERM");
      assertEquals(143, agent.exitValue(), "a JVM ended by SIGTERM exits 128 + 15");
      assertTrue(cli.find("default", "agent-from-cli").isPresent(), "stopping the agent removed its pod");
    } finally {
      agent.destroyForcibly();
      handle.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(handle.uid()));
  }

  @Test
  void everyOtherProcessSeesTheAgentsBackOffAsCrashLoopBackOff() {
    PodHandle handle = cli.run(pod("agent-back-off-seen", "exit 1"));
    try (NodeAgent agent = NodeAgent.start(System.getenv(), BackOff.KUBERNETES)) {
      // This runtime supervises nothing: what it shows it reads from the engine and the pod's recorded back-off.
      Pod waiting = handle.waitFor(p -> p.status().containerStatuses().get(0).state().waiting() != null
          && "CrashLoopBackOff".equals(p.status().containerStatuses().get(0).state().waiting().reason()),
          Duration.ofSeconds(30));
      assertTrue(waiting.status().containerStatuses().get(0).state().waiting().message()
          .startsWith("back-off "), waiting.status().containerStatuses().get(0).state().waiting().message());
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> main(handle).restartCount() >= 4);
      // From 2 s on, the container waits far longer than it runs: a command line process sees it waiting.
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
          Cli.run("get", "pods", "agent-back-off-seen").stdout().contains("CrashLoopBackOff"));
    } finally {
      handle.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(handle.uid()));
  }
}
