package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line's streaming and selecting verbs, each a separate process: exec -i, logs -f, get -l/-w, delete -l. */
class CliStreamsTest {
  private static final String NAME = "cli-streams";
  private static final String MANIFEST = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: cli-streams
        labels: {suite: cli-streams}
      spec:
        restartPolicy: Never
        terminationGracePeriodSeconds: 0
        containers:
        - name: writer
          image: whalepod/busybox
          imagePullPolicy: IfNotPresent
          command: ["sh", "-c", "for i in 1 2 3; do echo line $i; sleep 1; done"]
        - name: shell
          image: whalepod/busybox
          imagePullPolicy: IfNotPresent
          command: ["sleep", "600"]
      """;

  @Test
  void execPassesStdinLogsFollowUntilExitAndSelectorsPickThePod() throws Exception {
    Path manifest = Files.writeString(Files.createTempFile("cli-streams", ".yaml"), MANIFEST);
    Process watch = null;
    Process watchNames = null;
    try {
      watch = Cli.start("get", "pods", "-w", "-l", "suite=cli-streams");
      watchNames = Cli.start("get", "pods", "-w", "-o", "name", "-l", "suite=cli-streams");
      Cli.Result applied = Cli.run("apply", "-f", manifest.toString());
      assertEquals(0, applied.exitCode(), applied.stderr());

      // head stops after one line: docker-java's httpclient5 transport does not pass stdin's EOF on (docker-java #1552).
      Cli.Result cat = Cli.runWithInput("from stdin\n", "exec", "-i", NAME, "-c", "shell", "--", "head", "-n", "1");
      assertEquals(0, cat.exitCode(), cat.stderr());
      assertEquals("from stdin\n", cat.stdout());

      Cli.Result followed = Cli.run("logs", "-f", NAME, "-c", "writer");
      assertEquals(0, followed.exitCode(), followed.stderr());
      assertEquals("line 1\nline 2\nline 3\n", followed.stdout(), "logs -f returns once the container stopped");

      assertEquals("pod/" + NAME + "\n", Cli.run("get", "pods", "-l", "suite in (cli-streams)", "-o", "name").stdout());
      assertEquals("", Cli.run("get", "pods", "-l", "suite!=cli-streams", "-o", "name").stdout());

      Process watching = watch;
      // Bounded: a missed event would otherwise leave readLine waiting for ever, and the build with it.
      assertTrue(CompletableFuture.supplyAsync(() -> watchShows(watching, "1/2")).get(60, TimeUnit.SECONDS),
          "get -w printed a row for the writer's exit");
      BufferedReader names = new BufferedReader(new InputStreamReader(watchNames.getInputStream(),
          StandardCharsets.UTF_8));
      assertEquals("pod/" + NAME, CompletableFuture.supplyAsync(() -> readLine(names)).get(60, TimeUnit.SECONDS),
          "get -w -o name prints the pod's name, not a table");
      Cli.Result deleted = Cli.run("delete", "pods", "-l", "suite=cli-streams", "--grace-period=0");
      assertEquals("pod \"" + NAME + "\" deleted\n", deleted.stdout(), deleted.stderr());
    } finally {
      for (Process watcher : new Process[] {watch, watchNames}) {
        if (watcher != null) {
          watcher.destroyForcibly();
        }
      }
      Cli.run("delete", "pod", NAME, "--grace-period=0");
      Files.delete(manifest);
    }
    assertEquals(0, Engine.leftoversOfPodNamed(NAME));
  }

  /** Reads get -w's rows until one shows {@code ready} in its READY column. */
  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean watchShows(Process watch, String ready) {
    BufferedReader rows = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String row = rows.readLine(); row != null; row = rows.readLine()) {
        if (row.startsWith(NAME + " ") && row.split("\\s+")[1].equals(ready)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
