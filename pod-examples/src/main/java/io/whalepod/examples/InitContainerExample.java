package io.whalepod.examples;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;

/** The fifth seed article's init container, built in Java: it touches a file the app container then sees. */
public final class InitContainerExample {
  private InitContainerExample() {}

  public static void main(String[] args) {
    Pod pod = Pod.named("init-example")
        .volume(Volume.emptyDir("app-volume"))
        .initContainer(c -> c.name("data-container").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("touch", "/data/test.txt").mount("app-volume", "/data"))
        .container(c -> c.name("app-container").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sleep", "3600").mount("app-volume", "/data"))
        .build();
    try (PodRuntime runtime = PodRuntime.fromEnvironment(); PodHandle handle = runtime.run(pod)) {
      System.out.print("the app container sees: " + handle.exec("app-container", "ls", "/data").stdout());
      System.out.println("init container: "
          + handle.status().initContainerStatuses().get(0).state().terminated().reason());
    }
  }
}
