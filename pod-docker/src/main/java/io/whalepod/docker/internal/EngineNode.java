package io.whalepod.docker.internal;

import com.github.dockerjava.api.model.Info;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine as the one Kubernetes node its pods are scheduled to: named by the engine's host, labelled with
 * {@code kubernetes.io/hostname|os|arch} (Go's architecture names) and the engine's own {@code key=value} labels.
 *
 * @param name   the node's name, the engine host's name
 * @param labels the node's labels; immutable
 */
public record EngineNode(String name, Map<String, String> labels) {
  public EngineNode {
    labels = Map.copyOf(labels);
  }

  /** Reads the node from {@code docker info}. */
  public static EngineNode of(DockerClients clients) {
    Info info = clients.client().infoCmd().exec();
    Map<String, String> labels = new HashMap<>();
    List<String> engineLabels = info.getLabels() == null ? List.of() : List.of(info.getLabels());
    for (String label : engineLabels) {
      int eq = label.indexOf('=');
      labels.put(eq < 0 ? label : label.substring(0, eq), eq < 0 ? "" : label.substring(eq + 1));
    }
    String name = info.getName();
    String os = info.getOsType() == null ? "linux" : info.getOsType();
    String arch = goArch(info.getArchitecture());
    labels.put("kubernetes.io/hostname", name);
    labels.put("kubernetes.io/os", os);
    labels.put("kubernetes.io/arch", arch);
    labels.put("beta.kubernetes.io/os", os);
    labels.put("beta.kubernetes.io/arch", arch);
    return new EngineNode(name, labels);
  }

  /** Docker reports uname's machine; Kubernetes labels nodes with Go's GOARCH. */
  static String goArch(String machine) {
    if (machine == null) {
      return "amd64";
    }
    return switch (machine) {
      case "x86_64" -> "amd64";
      case "aarch64" -> "arm64";
      case "armv7l", "armv6l" -> "arm";
      case "i686", "i386" -> "386";
      default -> machine;
    };
  }
}
