package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import io.whalepod.docker.PodHandle;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.it.Engine;
import io.whalepod.model.Capabilities;
import io.whalepod.model.Pod;
import io.whalepod.model.SecurityContext;
import io.whalepod.model.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Privilege is granted only as written (docs/behaviour.md §3): no member or sandbox is privileged, gets a capability, a host
 * namespace or a bind mount unless the manifest says so for it. Read back from Docker's HostConfig, which is what
 * the kernel is asked for. ({@code privileged: true} cannot start on this CI engine, itself in a container without
 * the capabilities; that it reaches only the member asking is checked on the create command, in pod-docker's
 * {@code GrantsTest}.)
 */
@Tag("reliability")
class ContainmentTest {

  @Test
  void aPlainPodGetsNoPrivilegeNoCapabilityNoHostNamespaceAndNoBind() {
    withPod(name -> Pod.named(name)
        .volume(Volume.emptyDir("scratch"))
        .container(c -> sleeper(c.name("a")).mount("scratch", "/scratch"))
        .container(c -> sleeper(c.name("b"))), containers -> {
      String sandbox = containers.get(Labels.SANDBOX).getId();
      HostConfig pause = containers.get(Labels.SANDBOX).getHostConfig();
      assertUnprivileged(pause);
      assertNotEquals("host", pause.getNetworkMode());
      assertEquals("shareable", pause.getIpcMode());
      assertTrue(isEmpty(pause.getBinds()), "sandbox binds: " + Arrays.toString(pause.getBinds()));
      for (String member : List.of("a", "b")) {
        HostConfig host = containers.get(member).getHostConfig();
        assertUnprivileged(host);
        assertEquals("container:" + sandbox, host.getNetworkMode());
        assertEquals("container:" + sandbox, host.getIpcMode());
        assertTrue(host.getPidMode() == null || host.getPidMode().isEmpty(), member + " PidMode " + host.getPidMode());
        assertTrue(binds(containers.get(member)).stream().noneMatch(b -> b.startsWith("/")),
            member + " got a host path: " + binds(containers.get(member)));
      }
      assertEquals(1, binds(containers.get("a")).size(), "a: only the emptyDir it mounts");
      assertEquals(List.of(), binds(containers.get("b")), "b mounts nothing");
    });
  }

  @Test
  void whatIsWrittenIsGrantedToThatMemberAndNoOther() throws Exception {
    Path hostDir = Files.createTempDirectory("rel-host");
    try {
      withPod(name -> Pod.named(name)
          .volume(Volume.hostPath("host", hostDir.toString(), "Directory"))
          .container(c -> sleeper(c.name("admin")).securityContext(new SecurityContext(
              new Capabilities(List.of("NET_ADMIN"), List.of("MKNOD")), null, null, null, null, null, null)))
          .container(c -> sleeper(c.name("reader")).mount(readOnly("host", "/host"))), containers -> {
        HostConfig admin = containers.get("admin").getHostConfig();
        assertArrayEquals(new Capability[] {Capability.NET_ADMIN}, admin.getCapAdd());
        assertArrayEquals(new Capability[] {Capability.MKNOD}, admin.getCapDrop());
        assertFalse(Boolean.TRUE.equals(admin.getPrivileged()));
        assertUnprivileged(containers.get("reader").getHostConfig());
        assertUnprivileged(containers.get(Labels.SANDBOX).getHostConfig());
        assertEquals(List.of(hostDir + ":/host:ro"), binds(containers.get("reader")));
        for (String other : List.of("admin", Labels.SANDBOX)) {
          assertEquals(List.of(), binds(containers.get(other)), other + " got the hostPath");
        }
      });
    } finally {
      Files.delete(hostDir);
    }
  }

  @Test
  void hostNamespacesOnlyWhenAsked() {
    withPod(name -> Pod.named(name).hostPID(true).container(c -> sleeper(c.name("a"))), containers -> {
      assertEquals("host", containers.get(Labels.SANDBOX).getHostConfig().getPidMode());
      assertEquals("host", containers.get("a").getHostConfig().getPidMode());
      assertNotEquals("host", containers.get(Labels.SANDBOX).getHostConfig().getNetworkMode());
      assertEquals("shareable", containers.get(Labels.SANDBOX).getHostConfig().getIpcMode());
    });
  }

  private static io.whalepod.model.Container.Builder sleeper(io.whalepod.model.Container.Builder c) {
    return c.image("whalepod/busybox").imagePullPolicy("IfNotPresent").command("sleep", "600");
  }

  private static io.whalepod.model.VolumeMount readOnly(String volume, String path) {
    return new io.whalepod.model.VolumeMount(volume, true, path, null);
  }

  /** Runs the pod, hands its containers (inspected, by container name) to the check, deletes it, checks nothing is left. */
  private static void withPod(Function<String, Pod.Builder> named,
      Consumer<Map<String, InspectContainerResponse>> check) {
    try (RelPods pods = RelPods.prefixed("contain")) {
      Pod pod = named.apply(pods.name("pod")).terminationGracePeriodSeconds(0).build();
      PodHandle handle = Engine.RUNTIME.run(pod);
      try (DockerClients clients = DockerClients.fromEnvironment()) {
        Map<String, InspectContainerResponse> containers = clients.client().listContainersCmd().withShowAll(true)
            .withLabelFilter(Map.of(Labels.POD_UID, handle.uid())).exec().stream()
            .collect(Collectors.toMap(c -> c.getLabels().get(Labels.CONTAINER_NAME),
                c -> clients.client().inspectContainerCmd(c.getId()).exec()));
        check.accept(containers);
      } finally {
        handle.delete(Duration.ZERO);
      }
      assertEquals(0, pods.leftovers());
    }
  }

  private static void assertUnprivileged(HostConfig host) {
    assertFalse(Boolean.TRUE.equals(host.getPrivileged()), "privileged");
    assertTrue(isEmpty(host.getCapAdd()), "CapAdd " + Arrays.toString(host.getCapAdd()));
    assertNotEquals("host", host.getPidMode());
    assertFalse(host.getIpcMode() != null && host.getIpcMode().equals("host"), "IpcMode host");
  }

  private static List<String> binds(InspectContainerResponse container) {
    var binds = container.getHostConfig().getBinds();
    return binds == null ? List.of() : Arrays.stream(binds).map(Object::toString).toList();
  }

  private static boolean isEmpty(Object[] values) {
    return values == null || values.length == 0;
  }
}
