package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodException;
import io.whalepod.docker.PodFileNotFoundException;
import io.whalepod.docker.PodHandle;
import io.whalepod.model.Pod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files go into and out of a pod's container as {@code docker cp} moves them, and the pod leaves nothing behind. */
class CopyTest {

  @Test
  void copiesAFileInAndAFileOut(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("greeting.txt");
    Files.writeString(in, "hello from the host\nsecond line\n");
    Pod pod = Pod.named("copy")
        .terminationGracePeriodSeconds(0)
        .container(c -> c.name("box").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "60"))
        .build();
    String uid;
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      uid = handle.uid();
      handle.waitUntilReady(Duration.ofSeconds(30));

      handle.copyTo("box", in, "/tmp/greeting.txt");
      ExecResult cat = handle.exec("box", "cat", "/tmp/greeting.txt");
      assertEquals(0, cat.exitCode(), cat.stderr());
      assertEquals("hello from the host\nsecond line\n", cat.stdout());

      ExecResult write = handle.exec("box", "sh", "-c", "printf 'made in the box\\n' > /tmp/out.txt");
      assertEquals(0, write.exitCode(), write.stderr());
      Path out = dir.resolve("out.txt");
      handle.copyFrom("box", "/tmp/out.txt", out);
      assertArrayEquals("made in the box\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));

      // A round trip gives back the same bytes.
      Path back = dir.resolve("back.txt");
      handle.copyFrom("box", "/tmp/greeting.txt", back);
      assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(back));

      assertThrows(IllegalArgumentException.class, () -> handle.copyFrom("box", "/tmp", dir.resolve("x")));
    }
    assertEquals(0, Engine.leftovers(uid));
  }

  @Test
  void aMissingPathIsNamedWithItsPodAndContainer(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.txt"), "x");
    Pod pod = Pod.named("copy-missing")
        .terminationGracePeriodSeconds(0)
        .container(c -> c.name("box").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "60"))
        .build();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      handle.waitUntilReady(Duration.ofSeconds(30));

      PodFileNotFoundException out = assertThrows(PodFileNotFoundException.class,
          () -> handle.copyFrom("box", "/no/such/file", dir.resolve("out.txt")));
      assertEquals("/no/such/file", out.path());
      assertEquals(List.of("copy-missing", "box"), List.of(out.pod(), out.container()));
      assertTrue(out.getMessage().contains("/no/such/file"), out.getMessage());

      PodFileNotFoundException into = assertThrows(PodFileNotFoundException.class,
          () -> handle.copyTo("box", in, "/no/such/dir/in.txt"));
      assertEquals("/no/such/dir/in.txt", into.path());
      assertTrue(into.getMessage().contains("/no/such/dir"), into.getMessage());

      // A parent that is a file is refused by the engine, which says why.
      PodException refused = assertThrows(PodException.class, () -> handle.copyTo("box", in, "/bin/busybox/in.txt"));
      assertTrue(refused.getMessage().contains("not a directory"), refused.getMessage());
    }
  }
}
