package io.whalepod.cli;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.EnvVar;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import io.whalepod.model.Volume;
import io.whalepod.model.VolumeMount;
import io.whalepod.status.HumanDuration;
import io.whalepod.status.PodEvent;
import io.whalepod.status.PodEventHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code kubectl describe pod}'s text for one pod, as far as a Docker engine has the data; the events are those
 * {@link PodEventHistory} derives from the status. Pure (no Docker): give it the pod with its status.
 */
final class PodDescriber {
  /** kubectl's time format: Go's RFC1123Z. */
  private static final DateTimeFormatter RFC1123Z =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  private final ZoneId zone;
  private final Instant now;
  private final String host;

  /** {@code host} names the node in events when the pod names none: Whalepod's one node is the engine's host. */
  PodDescriber(ZoneId zone, Instant now, String host) {
    this.zone = zone;
    this.now = now;
    this.host = host;
  }

  String describe(Pod pod) {
    PodStatus status = pod.status();
    TabWriter w = new TabWriter();
    w.line("Name:\t" + pod.name());
    w.line("Namespace:\t" + pod.namespace());
    String hostIp = status == null ? null : status.hostIP();
    String node = pod.spec().nodeName();
    w.line("Node:\t" + (isEmpty(node) ? "<none>" : node + (isEmpty(hostIp) ? "" : "/" + hostIp)));
    if (status != null && status.startTime() != null) {
      w.line("Start Time:\t" + time(status.startTime()));
    }
    multiline(w, "", "Labels", pod.metadata() == null ? Map.of() : pod.metadata().labels());
    multiline(w, "", "Annotations", pod.metadata() == null ? Map.of() : pod.metadata().annotations());
    Instant deletion = pod.metadata() == null ? null : pod.metadata().deletionTimestamp();
    if (deletion != null) {
      w.line("Status:\tTerminating (lasts " + HumanDuration.of(Duration.between(deletion, now)) + ")");
      if (pod.spec().terminationGracePeriodSeconds() != null) {
        w.line("Termination Grace Period:\t" + pod.spec().terminationGracePeriodSeconds() + "s");
      }
    } else {
      w.line("Status:\t" + (status == null || isEmpty(status.phase()) ? "Unknown" : status.phase()));
    }
    if (status != null && !isEmpty(status.reason())) {
      w.line("Reason:\t" + status.reason());
    }
    if (status != null && !isEmpty(status.message())) {
      w.line("Message:\t" + status.message());
    }
    String ip = status == null ? null : status.podIP();
    w.line("IP:\t" + (isEmpty(ip) ? "" : ip));
    if (!isEmpty(ip)) {
      w.line("IPs:");
      w.line("  IP:\t" + ip);
    }
    if (!pod.spec().initContainers().isEmpty()) {
      w.line("Init Containers:");
      containers(w, pod.spec().initContainers(), status == null ? List.of() : status.initContainerStatuses());
    }
    w.line("Containers:");
    containers(w, pod.spec().containers(), status == null ? List.of() : status.containerStatuses());
    if (status != null && !status.conditions().isEmpty()) {
      w.line("Conditions:");
      w.line("  Type\tStatus");
      for (PodCondition c : status.conditions()) {
        w.line("  " + c.type() + " \t" + c.status() + " ");
      }
    }
    volumes(w, pod.spec().volumes());
    multiline(w, "", "Node-Selectors", pod.spec().nodeSelector());
    w.line("Tolerations:\t<none>");
    events(w, PodEventHistory.of(pod, isEmpty(node) ? host : node));
    return w.toString();
  }

  private void events(TabWriter w, List<PodEvent> events) {
    if (events.isEmpty()) {
      w.line("Events:\t<none>");
      return;
    }
    w.line("Events:");
    w.line("  Type\tReason\tAge\tFrom\tMessage");
    w.line("  ----\t------\t----\t----\t-------");
    for (PodEvent e : events) {
      w.line("  " + e.type() + "\t" + e.reason() + "\t" + eventAge(e) + "\t" + e.source() + "\t" + e.message());
    }
  }

  /** kubectl's Age column: since the last time, and for repeated events how often over how long. */
  private String eventAge(PodEvent e) {
    String last = age(e.lastTimestamp());
    return e.count() > 1 ? last + " (x" + e.count() + " over " + age(e.firstTimestamp()) + ")" : last;
  }

  private String age(Instant at) {
    return at == null ? "<unknown>" : HumanDuration.of(Duration.between(at, now));
  }

  private void containers(TabWriter w, List<Container> containers, List<ContainerStatus> statuses) {
    for (Container c : containers) {
      ContainerStatus s = statuses.stream().filter(x -> c.name().equals(x.name())).findFirst().orElse(null);
      w.line("  " + c.name() + ":");
      if (s != null) {
        w.line("    Container ID:\t" + orEmpty(s.containerID()));
      }
      w.line("    Image:\t" + orEmpty(c.image()));
      if (s != null) {
        w.line("    Image ID:\t" + orEmpty(s.imageID()));
      }
      ports(w, c.ports());
      list(w, "Command", c.command());
      list(w, "Args", c.args());
      if (s != null) {
        state(w, "State", s.state());
        ContainerState last = s.lastState();
        if (last != null && (last.running() != null || last.waiting() != null || last.terminated() != null)) {
          state(w, "Last State", last);
        }
        w.line("    Ready:\t" + (s.ready() ? "True" : "False"));
        w.line("    Restart Count:\t" + s.restartCount());
      } else {
        w.line("    State:\tWaiting");
        w.line("    Ready:\tFalse");
        w.line("    Restart Count:\t0");
      }
      resources(w, "Limits", c.resources() == null ? Map.of() : c.resources().limits());
      resources(w, "Requests", c.resources() == null ? Map.of() : c.resources().requests());
      if (c.env().isEmpty()) {
        w.line("    Environment:\t<none>");
      } else {
        w.line("    Environment:");
        for (EnvVar e : c.env()) {
          w.line("      " + e.name() + ":\t" + orEmpty(e.value()));
        }
      }
      if (c.volumeMounts().isEmpty()) {
        w.line("    Mounts:\t<none>");
      } else {
        w.line("    Mounts:");
        for (VolumeMount m : c.volumeMounts()) {
          String flags = m.isReadOnly() ? "ro" : "rw";
          if (!isEmpty(m.subPath())) {
            flags += ",path=\"" + m.subPath() + "\"";
          }
          w.line("      " + m.mountPath() + " from " + m.name() + " (" + flags + ")");
        }
      }
    }
  }

  private static void ports(TabWriter w, List<ContainerPort> ports) {
    String s = ports.size() > 1 ? "s" : "";
    if (ports.isEmpty()) {
      w.line("    Port:\t<none>");
      w.line("    Host Port:\t<none>");
      return;
    }
    w.line("    Port" + s + ":\t" + ports.stream()
        .map(p -> p.containerPort() + "/" + protocol(p)).collect(Collectors.joining(", ")));
    w.line("    Host Port" + s + ":\t" + ports.stream()
        .map(p -> (p.hostPort() == null ? 0 : p.hostPort()) + "/" + protocol(p)).collect(Collectors.joining(", ")));
  }

  private static String protocol(ContainerPort p) {
    return isEmpty(p.protocol()) ? "TCP" : p.protocol();
  }

  private static void list(TabWriter w, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    w.line("    " + title + ":");
    items.forEach(item -> w.line("      " + item.replace("\n", "\n      ")));
  }

  private static void resources(TabWriter w, String title, Map<String, ?> quantities) {
    if (quantities.isEmpty()) {
      return;
    }
    w.line("    " + title + ":");
    new TreeMap<>(quantities).forEach((k, v) -> w.line("      " + k + ":\t" + v));
  }

  private void state(TabWriter w, String title, ContainerState state) {
    if (state != null && state.running() != null) {
      w.line("    " + title + ":\tRunning");
      w.line("      Started:\t" + time(state.running().startedAt()));
    } else if (state != null && state.waiting() != null) {
      w.line("    " + title + ":\tWaiting");
      if (!isEmpty(state.waiting().reason())) {
        w.line("      Reason:\t" + state.waiting().reason());
      }
      if (!isEmpty(state.waiting().message())) {
        w.line("      Message:\t" + state.waiting().message());
      }
    } else if (state != null && state.terminated() != null) {
      ContainerStateTerminated t = state.terminated();
      w.line("    " + title + ":\tTerminated");
      if (!isEmpty(t.reason())) {
        w.line("      Reason:\t" + t.reason());
      }
      if (!isEmpty(t.message())) {
        w.line("      Message:\t" + t.message());
      }
      w.line("      Exit Code:\t" + t.exitCode());
      if (t.signal() != null && t.signal() > 0) {
        w.line("      Signal:\t" + t.signal());
      }
      w.line("      Started:\t" + time(t.startedAt()));
      w.line("      Finished:\t" + time(t.finishedAt()));
    } else {
      w.line("    " + title + ":\tWaiting");
    }
  }

  private static void volumes(TabWriter w, List<Volume> volumes) {
    if (volumes.isEmpty()) {
      w.line("Volumes:\t<none>");
      return;
    }
    w.line("Volumes:");
    for (Volume v : volumes) {
      w.line("  " + v.name() + ":");
      if (v.emptyDir() != null) {
        w.line("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)");
        w.line("    Medium:\t" + orEmpty(v.emptyDir().medium()));
        w.line("    SizeLimit:\t" + (v.emptyDir().sizeLimit() == null ? "<unset>" : v.emptyDir().sizeLimit()));
      } else if (v.hostPath() != null) {
        w.line("    Type:\tHostPath (bare host directory volume)");
        w.line("    Path:\t" + v.hostPath().path());
        w.line("    HostPathType:\t" + orEmpty(v.hostPath().type()));
      } else if (v.secret() != null) {
        w.line("    Type:\tSecret (a volume populated by a Secret)");
        w.line("    SecretName:\t" + v.secret().secretName());
        w.line("    Optional:\t" + Boolean.TRUE.equals(v.secret().optional()));
      } else if (v.configMap() != null) {
        w.line("    Type:\tConfigMap (a volume populated by a ConfigMap)");
        w.line("    Name:\t" + v.configMap().name());
        w.line("    Optional:\t" + Boolean.TRUE.equals(v.configMap().optional()));
      } else {
        w.line("    <unknown>");
      }
    }
  }

  /** {@code Labels:  a=b} then one more line per pair, sorted; {@code <none>} when empty. */
  private static void multiline(TabWriter w, String indent, String title, Map<String, String> map) {
    if (map.isEmpty()) {
      w.line(indent + title + ":\t<none>");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
      w.line((first ? indent + title + ":" : "") + "\t" + e.getKey() + "=" + e.getValue());
      first = false;
    }
  }

  private String time(Instant instant) {
    return instant == null ? "" : RFC1123Z.format(instant.atZone(zone));
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
