package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line, each call a separate process: what one process applies, another sees and deletes. */
class CliTest {

  @Test
  void dryRunPrintsTheSeedPodWithDefaultsAndTouchesNothing() {
    Cli.Result result = Cli.run("apply", "--dry-run=client", "-o", "yaml", "-f", "../examples/javaweb-2.yaml");
    assertEquals(0, result.exitCode(), result.stderr());
    Pod pod = ManifestReader.readPod(result.stdout());
    assertEquals("Always", pod.spec().restartPolicy());
    assertEquals(30L, pod.spec().terminationGracePeriodSeconds());
    assertEquals("IfNotPresent", pod.spec().containers().get(0).imagePullPolicy());
    assertEquals("TCP", pod.spec().containers().get(0).ports().get(0).protocol());
    assertEquals("default", pod.namespace());
    assertEquals(0, Engine.leftoversOfPodNamed("javaweb-2"));
  }

  @Test
  void threeIndependentMistakesPrintThreeLinesEachStartingWithItsFieldPath() throws IOException {
    Path manifest = Files.createTempFile("three-mistakes", ".yaml");
    Files.writeString(manifest, """
        apiVersion: v1
        kind: Pod
        metadata:
          name: three-mistakes
        spec:
          restartPolicy: Sometimes
          containers:
          - name: web
          - name: sidecar
            image: whalepod/busybox
            volumeMounts:
            - name: shared
              mountPath: /data
        """);
    try {
      Cli.Result result = Cli.run("apply", "-f", manifest.toString());
      assertEquals(1, result.exitCode());
      assertEquals(List.of(
          "spec.containers[0].image: Required value",
          "spec.containers[1].volumeMounts[0].name: Not found: \"shared\"",
          "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""),
          result.stderrLines().stream().sorted().toList());
      assertEquals(0, Engine.leftoversOfPodNamed("three-mistakes"));
    } finally {
      Files.delete(manifest);
    }
  }

  @Test
  void aPodAppliedByOneProcessIsListedExecutedLoggedAndDeletedByOthers() {
    Cli.Result applied = Cli.run("apply", "-f", "../examples/host-aliases.yaml", "--wait");
    assertEquals(0, applied.exitCode(), applied.stderr());
    assertEquals("pod/hostaliases-pod created\n", applied.stdout());
    try {
      Cli.Result table = Cli.run("get", "pods");
      assertTrue(table.stdout().startsWith("NAME"), table.stdout());
      assertTrue(table.stdout().lines().anyMatch(l -> l.matches("hostaliases-pod\\s+1/1\\s+Running\\s+0\\s+\\S+")),
          table.stdout());
      Pod asJson = ManifestReader.readPod(Cli.run("get", "pod", "hostaliases-pod", "-o", "json").stdout());
      assertEquals("Running", asJson.status().phase());
      assertEquals(36, asJson.metadata().uid().length());
      assertEquals(3, Cli.run("exec", "hostaliases-pod", "--", "sh", "-c", "exit 3").exitCode());
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
          .until(() -> Cli.run("logs", "hostaliases-pod").stdout().contains("foo.remote"));
    } finally {
      Cli.Result deleted = Cli.run("delete", "pod", "hostaliases-pod", "--grace-period=0");
      assertEquals("pod \"hostaliases-pod\" deleted\n", deleted.stdout(), deleted.stderr());
    }
    assertEquals(0, Engine.leftoversOfPodNamed("hostaliases-pod"));
  }

  @Test
  void anUnknownPodIsAOneLineErrorWithExitCode1() {
    Cli.Result result = Cli.run("delete", "pod", "no-such-pod");
    assertEquals(1, result.exitCode());
    assertEquals(List.of("Error from server (NotFound): pods \"no-such-pod\" not found"), result.stderrLines());
  }

  @Test
  void badArgumentsAreAOneLineErrorAndExitCode1() {
    Cli.Result result = Cli.run("apply", "--no-such-flag");
    assertEquals(1, result.exitCode());
    assertTrue(result.stderrLines().get(0).startsWith("error: "), result.stderr());
  }
}
