package io.whalepod.examples;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.yaml.ManifestReader;
import java.nio.file.Path;

/**
 * The second seed article's shareProcessNamespace pod: {@code ps ax} in the shell container shows the pause
 * process as PID 1 and the web server of the other container.
 */
public final class SharedProcessesExample {
  private SharedProcessesExample() {}

  public static void main(String[] args) {
    Path manifest = Path.of(args.length > 0 ? args[0] : "examples/share-process-namespace.yaml");
    try (PodRuntime runtime = PodRuntime.fromEnvironment();
         PodHandle pod = runtime.apply(ManifestReader.read(manifest)).get(0)) {
      System.out.print(pod.exec("shell", "ps", "ax").stdout());
    }
  }
}
