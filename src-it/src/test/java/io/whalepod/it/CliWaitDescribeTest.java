package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code wait} and {@code describe}, each a separate process, on a pod another process applied. */
class CliWaitDescribeTest {
  /** The seed's two-containers pod under its own name: SeedPodsTest may run the seed itself meanwhile. */
  private static final String NAME = "cli-wait-two-containers";

  @Test
  void waitsForReadyThenDescribesThenWaitsForDeletion() throws IOException {
    Path manifest = Files.createTempFile("cli-wait", ".yaml");
    Files.writeString(manifest, Files.readString(Path.of("..", "examples", "two-containers.yaml"))
        .replace("name: two-containers", "name: " + NAME));
    try {
      Cli.Result applied = Cli.run("apply", "-f", manifest.toString());
      assertEquals(0, applied.exitCode(), applied.stderr());

      Cli.Result ready = Cli.run("wait", "pod/" + NAME, "--for=condition=Ready", "--timeout=2m");
      assertEquals(0, ready.exitCode(), ready.stderr());
      assertEquals("pod/" + NAME + " condition met\n", ready.stdout());

      Cli.Result timedOut = Cli.run("wait", "pod", NAME, "--for=jsonpath='{.status.phase}'=Succeeded",
          "--timeout=1s");
      assertEquals(1, timedOut.exitCode());
      assertEquals("error: timed out waiting for the condition on pods/" + NAME + "\n", timedOut.stderr());

      Cli.Result described = Cli.run("describe", "pod", NAME);
      assertEquals(0, described.exitCode(), described.stderr());
      String text = described.stdout();
      assertTrue(text.startsWith("Name:         " + NAME + "\nNamespace:    default\n"), text);
      assertTrue(text.contains("Status:       Running\n"), text);
      assertTrue(text.contains("\nContainers:\n  my-test-container1:\n"), text);
      assertTrue(text.contains("\n  my-test-container2:\n"), text);
      assertTrue(text.contains("    State:          Running\n"), text);
      assertTrue(text.contains("\nConditions:\n  Type "), text);
      assertTrue(text.contains("  Ready             True \n"), text);
      assertTrue(text.contains("\nEvents:\n  Type    Reason     Age"), text);
      assertTrue(text.matches("(?s).*\n  Normal  Scheduled +\\S+ +default-scheduler +Successfully assigned default/"
          + NAME + " to .*"), text);
      assertTrue(text.matches("(?s).*\n  Normal  Started +\\S+ +kubelet +Started container my-test-container2\n.*"), text);
    } finally {
      Cli.run("delete", "pod", NAME, "--grace-period=0");
      Files.delete(manifest);
    }
    Cli.Result deleted = Cli.run("wait", "pod/" + NAME, "--for=delete", "--timeout=30s");
    assertEquals(0, deleted.exitCode(), deleted.stderr());
    assertEquals(0, Engine.leftoversOfPodNamed(NAME));
  }

  @Test
  void describeOfAMissingPodIsKubectlsNotFound() {
    Cli.Result result = Cli.run("describe", "pod", "no-such-pod");
    assertEquals(1, result.exitCode());
    assertEquals("Error from server (NotFound): pods \"no-such-pod\" not found\n", result.stderr());
  }
}
