package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.model.Quantity;
import io.whalepod.model.ResourceRequirements;
import io.whalepod.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A pod member: joins the sandbox's network and IPC (and PID) namespaces; spec fields mapped per docs/behaviour.md §3. */
final class MemberFactory {
  private static final long CPU_PERIOD_MICROS = 100_000;
  private static final int MIN_CPU_SHARES = 2;
  /** The kernel's bounds (cgroup cpu.shares, CFS bandwidth): a larger request or limit means "no limit" anyway. */
  private static final int MAX_CPU_SHARES = 262_144;
  private static final long MAX_CPU_QUOTA_MICROS = (1L << 44) - 1;
  private static final long MIN_CPU_QUOTA_MICROS = 1000;

  private MemberFactory() {}

  static CreateContainerCmd create(DockerClient client, Pod pod, Container container, Labels.Type type,
      Labels.Attempt attempt,
      String sandboxId, List<Bind> binds, boolean dockerRestarts) {
    String joinSandbox = "container:" + sandboxId;
    HostConfig host = HostConfig.newHostConfig()
        .withNetworkMode(joinSandbox)
        .withIpcMode(joinSandbox)
        .withBinds(binds);
    if (pod.spec().usesHostPid()) {
      host.withPidMode("host");
    } else if (pod.spec().sharesProcessNamespace()) {
      host.withPidMode(joinSandbox);
    }
    if (dockerRestarts) {
      // A sidecar restarts whatever the pod's policy (Kubernetes 1.28+).
      host.withRestartPolicy(dockerRestartPolicy(container.isSidecar() ? "Always" : pod.spec().restartPolicy()));
    }
    applyResources(host, container.resources());
    applySecurity(host, container.securityContext());
    CreateContainerCmd cmd = client.createContainerCmd(container.image())
        .withName(Labels.containerName(pod, container.name(), attempt.number()))
        .withLabels(Labels.forContainer(pod, container.name(), type, attempt))
        .withEnv(container.env().stream().map(e -> e.name() + "=" + (e.value() == null ? "" : e.value())).toList())
        .withTty(Boolean.TRUE.equals(container.tty()))
        .withStdinOpen(Boolean.TRUE.equals(container.stdin()))
        .withHostConfig(host);
    // Kubernetes: command replaces the entrypoint (and drops the image's CMD), args replace CMD. Docker does the same.
    if (!container.command().isEmpty()) {
      cmd.withEntrypoint(container.command());
    }
    if (!container.args().isEmpty()) {
      cmd.withCmd(container.args());
    }
    if (container.workingDir() != null) {
      cmd.withWorkingDir(container.workingDir());
    }
    if (dockerRestarts && container.readinessProbe() != null && container.readinessProbe().exec() != null) {
      cmd.withHealthcheck(healthcheck(container.readinessProbe()));
    }
    SecurityContext security = container.securityContext();
    if (security != null && security.runAsUser() != null) {
      cmd.withUser(security.runAsUser() + (security.runAsGroup() == null ? "" : ":" + security.runAsGroup()));
    }
    return cmd;
  }

  /**
   * A detached pod has no JVM to probe it: an exec readiness probe becomes Docker's healthcheck, which the engine
   * runs, and "healthy" reads as ready. Docker checks first after one period (the kubelet at once), and has no
   * success threshold above one. httpGet and tcpSocket would need a client inside the image, which docs/behaviour.md §4 rules out (probes run from the library, not by exec).
   */
  static HealthCheck healthcheck(Probe probe) {
    List<String> test = new ArrayList<>();
    test.add("CMD");
    test.addAll(probe.exec().command());
    return new HealthCheck().withTest(test)
        .withInterval(probe.period().toNanos())
        .withTimeout(probe.timeout().toNanos())
        .withRetries(probe.effectiveFailureThreshold())
        .withStartPeriod(probe.initialDelay().toNanos());
  }

  private static RestartPolicy dockerRestartPolicy(String podPolicy) {
    if ("OnFailure".equals(podPolicy)) {
      return RestartPolicy.onFailureRestart(0); // 0: no limit, as Kubernetes
    }
    return "Never".equals(podPolicy) ? RestartPolicy.noRestart() : RestartPolicy.alwaysRestart();
  }

  private static void applyResources(HostConfig host, ResourceRequirements resources) {
    if (resources == null) {
      return;
    }
    Quantity memory = resources.limits().get("memory");
    if (memory != null) {
      // Memory = MemorySwap: no swap beyond the limit, as a Kubernetes node runs.
      host.withMemory(memory.longValue()).withMemorySwap(memory.longValue());
    }
    Quantity cpu = resources.limits().get("cpu");
    if (cpu != null) {
      long quota = Math.min(MAX_CPU_QUOTA_MICROS, saturatedProduct(cpu.milliValue(), CPU_PERIOD_MICROS) / 1000);
      quota = Math.max(MIN_CPU_QUOTA_MICROS, quota); // the kubelet's floor too: Docker refuses less than 1 ms
      host.withCpuPeriod(CPU_PERIOD_MICROS).withCpuQuota(quota);
    }
    Quantity cpuRequest = resources.requests().get("cpu");
    if (cpuRequest != null) {
      long shares = saturatedProduct(cpuRequest.milliValue(), 1024) / 1000;
      host.withCpuShares((int) Math.max(MIN_CPU_SHARES, Math.min(MAX_CPU_SHARES, shares)));
    }
  }

  private static void applySecurity(HostConfig host, SecurityContext security) {
    if (security == null) {
      return;
    }
    host.withPrivileged(Boolean.TRUE.equals(security.privileged()));
    host.withReadonlyRootfs(Boolean.TRUE.equals(security.readOnlyRootFilesystem()));
    if (Boolean.FALSE.equals(security.allowPrivilegeEscalation())) {
      host.withSecurityOpts(List.of("no-new-privileges"));
    }
    if (security.capabilities() != null) {
      host.withCapAdd(capabilities(security.capabilities().add()));
      host.withCapDrop(capabilities(security.capabilities().drop()));
    }
  }

  private static long saturatedProduct(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return (high == 0 && low >= 0) || (high == -1 && low < 0) ? low : (high < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /** Kubernetes writes {@code NET_ADMIN} or {@code CAP_NET_ADMIN}; docker-java knows them by the short name. */
  private static Capability[] capabilities(List<String> names) {
    List<Capability> caps = new ArrayList<>();
    for (String name : names) {
      String shortName = name.toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
      try {
        caps.add(Capability.valueOf(shortName));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException("securityContext.capabilities: unknown Linux capability \"" + name + "\"");
      }
    }
    return caps.toArray(Capability[]::new);
  }
}
