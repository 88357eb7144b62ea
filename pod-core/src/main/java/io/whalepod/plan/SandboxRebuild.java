package io.whalepod.plan;

import java.util.List;

/**
 * Rebuild a pod whose sandbox died: kill what still runs, start the sandbox again (new namespaces) and create every
 * container of {@code recreate} as its next attempt.
 *
 * @param recreate      the containers to create again, in spec order, each with its new attempt
 * @param fromFirstInit true when the pod has regular init containers: they run again, in order, before the apps
 *                      (the kubelet runs a new sandbox's init containers first); false: all start at once
 */
public record SandboxRebuild(List<ContainerStart> recreate, boolean fromFirstInit) {
  /**
   * Copies the list.
   *
   * @param recreate      the containers to create again, in spec order
   * @param fromFirstInit whether the start sequence runs again from the first init container
   */
  public SandboxRebuild {
    recreate = List.copyOf(recreate);
  }
}
