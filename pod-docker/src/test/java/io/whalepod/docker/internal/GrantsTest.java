package io.whalepod.docker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.HostConfig;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.Quantity;
import io.whalepod.model.ResourceRequirements;
import io.whalepod.model.SecurityContext;
import io.whalepod.validation.Defaults;
import io.whalepod.validation.PodValidator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the create commands ask Docker for, without an engine (a command is built, never sent): privilege only
 * for the member that writes it, and names derived from user input always in Docker's charset.
 */
class GrantsTest {
  private static final String DOCKER_NAME = "[a-zA-Z0-9][a-zA-Z0-9_.-]+";

  private static Pod withUid(Pod pod) {
    Pod valid = PodValidator.validateOrThrow(Defaults.apply(pod));
    return valid.withMetadata(valid.metadata().withUid(UUID.randomUUID().toString(), Instant.now()));
  }

  private static HostConfig hostConfigOf(Pod pod, Container member) {
    try (DockerClients clients = DockerClients.fromEnvironment(Map.of())) {
      return MemberFactory.create(clients.client(), pod, member, Labels.Type.APP, Labels.Attempt.FIRST, "sandbox-id", List.of(), false)
          .getHostConfig();
    }
  }

  @Test
  void privilegedReachesOnlyTheMemberThatAsksForIt() {
    Pod pod = withUid(Pod.named("grants")
        .container(c -> c.name("root").image("busybox").securityContext(SecurityContext.privilegedContext()))
        .container(c -> c.name("plain").image("busybox"))
        .build());
    assertTrue(hostConfigOf(pod, pod.spec().containers().get(0)).getPrivileged());
    HostConfig plain = hostConfigOf(pod, pod.spec().containers().get(1));
    assertFalse(Boolean.TRUE.equals(plain.getPrivileged()));
    assertNull(plain.getCapAdd());
  }

  @Test
  void theLongestValidNamesMakeValidDockerNames() {
    String label63 = "a" + "-".repeat(61) + "z";
    String subdomain253 = String.join(".", label63, label63, label63, "a".repeat(61));
    Pod pod = withUid(Pod.named(subdomain253).namespace(label63)
        .container(c -> c.name(label63).image("busybox")).build());
    assertTrue(Labels.containerName(pod, label63, 7).matches(DOCKER_NAME));
    assertTrue(Labels.containerName(pod, Labels.SANDBOX, 0).matches(DOCKER_NAME));
    assertTrue(Labels.volumeName(pod, label63).matches(DOCKER_NAME));
    assertEquals(subdomain253, Labels.forPod(pod).get(Labels.POD_NAME));
  }

  @Test
  void aNameThatSkippedValidationIsRefusedRatherThanPassedToDocker() {
    Pod unvalidated = Pod.named("x; rm -rf /").container(c -> c.name("a").image("busybox")).build();
    Pod pod = unvalidated.withMetadata(unvalidated.metadata().withUid(UUID.randomUUID().toString(), Instant.now())
        .withNamespace("default"));
    assertThrows(IllegalArgumentException.class, () -> Labels.containerName(pod, "a", 0));
  }

  private static ResourceRequirements cpu(String limit, String request) {
    return new ResourceRequirements(Map.of("cpu", Quantity.parse(limit)), Map.of("cpu", Quantity.parse(request)));
  }

  @Test
  void cpuValuesStayWithinWhatTheKernelAndDockerAccept() {
    Pod pod = withUid(Pod.named("cpu-edges")
        .container(c -> c.name("huge").image("busybox")
            .resources(cpu("1e15", "1e12")))
        .container(c -> c.name("small").image("busybox")
            .resources(cpu("500m", "250m")))
        .container(c -> c.name("tiny").image("busybox")
            .resources(cpu("1m", "1m")))
        .build());
    HostConfig huge = hostConfigOf(pod, pod.spec().containers().get(0));
    assertEquals((1L << 44) - 1, huge.getCpuQuota());
    assertEquals(262_144, huge.getCpuShares());
    HostConfig small = hostConfigOf(pod, pod.spec().containers().get(1));
    assertEquals(50_000L, small.getCpuQuota());
    assertEquals(256, small.getCpuShares());
    HostConfig tiny = hostConfigOf(pod, pod.spec().containers().get(2));
    assertEquals(1000L, tiny.getCpuQuota(), "1 ms is Docker's and the kubelet's least quota");
  }
}
