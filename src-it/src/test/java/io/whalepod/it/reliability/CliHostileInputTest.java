package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.it.Cli;
import io.whalepod.it.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line on hostile input: a bad manifest is one clear line on stderr and exit 1, never a stack trace;
 * user strings reach containers as arguments, never through a shell.
 */
@Tag("reliability")
class CliHostileInputTest {
  private static final Path CORPUS = Path.of("..", "pod-core", "src", "test", "resources", "hostile");

  /** A few of pod-core's corpus (each a new JVM, so not all): the CLI adds nothing but the printing. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"syntax-tab-indent.yaml", "unknown-field-in-container.yaml", "alias-billion-laughs.yaml"})
  void aBadManifestIsOneLineOnStderrAndExitCode1(String file) {
    Path manifest = CORPUS.resolve(file);
    Cli.Result result = Cli.run("apply", "-f", manifest.toString());
    assertEquals(1, result.exitCode());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().startsWith("error: " + manifest + ":"), result.stderr());
    assertEquals("", result.stdout());
  }

  @Test
  void anInvalidPodIsOneLinePerProblemStartingWithItsFieldPath() {
    Cli.Result result = Cli.run("apply", "-f", CORPUS.resolve("shell-semicolon-pod-name.yaml").toString());
    assertEquals(1, result.exitCode());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().startsWith("metadata.name: Invalid value: \"web; rm -rf /\""), result.stderr());
  }

  @Test
  void binaryEmptyAndHugeFilesAreOneLineErrors() throws Exception {
    Path binary = Files.write(Files.createTempFile("rel-binary", ".yaml"), new byte[] {0x7f, 'E', 'L', 'F', (byte) 0xff});
    Path empty = Files.createTempFile("rel-empty", ".yaml");
    Path huge = Files.createTempFile("rel-huge", ".yaml");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(10L * 1024 * 1024);
    }
    try {
      assertOneLineError(binary, "not UTF-8 text: byte 0xff at offset 4");
      assertOneLineError(empty, "no objects passed to apply");
      assertOneLineError(huge, "too large: 10485760 bytes");
    } finally {
      for (Path p : List.of(binary, empty, huge)) {
        Files.delete(p);
      }
    }
  }

  private static void assertOneLineError(Path manifest, String problem) {
    Cli.Result result = Cli.run("apply", "-f", manifest.toString());
    assertEquals(1, result.exitCode());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().startsWith("error: ") && result.stderr().contains(problem), result.stderr());
  }

  @Test
  void argumentsReachTheContainerVerbatimWithoutAShell() throws Exception {
    try (RelPods pods = RelPods.prefixed("no-shell")) {
      PodHandle pod = Engine.RUNTIME.run(RelPods.sleeper(pods.name("pod")));
      Path marker = Path.of("/tmp", pods.prefix() + "-pwned");
      Cli.Result echoed = Cli.run("exec", pod.name(), "--", "echo", "$(id)", ";", "touch", "/tmp/pwned", "`id`");
      assertEquals("$(id) ; touch /tmp/pwned `id`\n", echoed.stdout(), echoed.stderr());
      assertEquals(1, pod.exec("main", "test", "-e", "/tmp/pwned").exitCode(), "a shell ran the arguments");
      Cli.Result lookedUp = Cli.run("get", "pod", "x;touch " + marker);
      assertEquals(1, lookedUp.exitCode());
      assertFalse(Files.exists(marker), "a shell ran the pod name");
      pod.delete(java.time.Duration.ZERO);
      assertEquals(0, pods.leftovers());
    }
  }
}
