package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code whalepod run -f}: status lines and prefixed member logs in the foreground, the pod gone at the end. */
class CliRunTest {
  private static final String NAME = "cli-run";

  @Test
  void runPrintsStatusAndPrefixedLogsThenDeletesThePodWithTheAppsExitCode() throws Exception {
    Path manifest = Files.writeString(Files.createTempFile("cli-run", ".yaml"), """
        apiVersion: v1
        kind: Pod
        metadata:
          name: cli-run
        spec:
          restartPolicy: Never
          terminationGracePeriodSeconds: 0
          initContainers:
          - name: setup
            image: whalepod/busybox
            imagePullPolicy: IfNotPresent
            command: ["echo", "setting up"]
          containers:
          - name: job
            image: whalepod/busybox
            imagePullPolicy: IfNotPresent
            command: ["sh", "-c", "sleep 1; echo first; echo second"]
        """);
    try {
      Cli.Result run = Cli.run("run", "-f", manifest.toString());
      assertEquals(0, run.exitCode(), run.stderr());
      String out = run.stdout();
      assertTrue(out.startsWith("pod/" + NAME + " created\n"), out);
      assertTrue(out.contains("[pod/" + NAME + "/setup] setting up\n"), out);
      assertTrue(out.contains("[pod/" + NAME + "/job] first\n[pod/" + NAME + "/job] second\n"), out);
      assertTrue(out.contains("pod/" + NAME + " 0/1 Completed\n"), out);
      assertTrue(run.stderr().contains("pod \"" + NAME + "\" deleted"), run.stderr());
    } finally {
      Files.delete(manifest);
    }
    assertEquals(0, Engine.leftoversOfPodNamed(NAME));
  }
}
