package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.model.Capabilities;
import io.whalepod.model.Pod;
import io.whalepod.model.SecurityContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Container fields reach Docker as docs/behaviour.md §3 maps them; checked from inside the container, not from the config. */
class MemberMappingTest {

  @Test
  void commandArgsEnvWorkingDirUserLimitsAndCapabilitiesApplyInsideTheContainer() {
    Pod pod = Pod.named("mapping").hostname("custom-host")
        .container(c -> c.name("a").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c").args("echo \"$GREETING from $(pwd)\"; sleep 600")
            .env("GREETING", "hello").workingDir("/tmp")
            .limit("memory", "64Mi").limit("cpu", "500m")
            .securityContext(new SecurityContext(new Capabilities(List.of(), List.of("CHOWN")), null, 1000L, 1000L,
                null, true, false)))
        .build();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> handle.logs("a").contains("hello from /tmp"));
      assertEquals("1000:1000\n", handle.exec("a", "sh", "-c", "echo $(id -u):$(id -g)").stdout());
      assertEquals("custom-host\n", handle.exec("a", "hostname").stdout());
      String limit = handle.exec("a", "sh", "-c",
          "cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max").stdout();
      assertEquals(Long.toString(64L * 1024 * 1024), limit.strip());
      assertNotEquals(0, handle.exec("a", "touch", "/rootfs-is-read-only").exitCode());
      String status = handle.exec("a", "cat", "/proc/self/status").stdout();
      assertTrue(status.contains("NoNewPrivs:\t1"), status);
      handle.delete(Duration.ZERO);
      assertEquals(0, Engine.leftovers(handle.uid()));
    }
  }

  @Test
  void hostNetworkGivesThePodTheHostsInterfaces() throws Exception {
    Pod pod = Pod.named("host-network").hostNetwork(true).terminationGracePeriodSeconds(0)
        .container(c -> c.name("a").image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "600"))
        .build();
    try (PodHandle handle = Engine.RUNTIME.run(pod)) {
      String inPod = handle.exec("a", "hostname").stdout().strip();
      assertEquals(java.net.InetAddress.getLocalHost().getHostName(), inPod);
      assertTrue(handle.exec("a", "ip", "link").stdout().contains("docker0"), "host interfaces visible");
    }
  }
}
