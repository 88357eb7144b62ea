package io.whalepod.docker.internal;

import java.util.Map;

/**
 * A container as the engine's list shows it, reduced to what Whalepod reads back: its id, Docker's state word and
 * the labels that say which pod, container and run it is. Docker's own list type stays in {@link DockerClients}.
 *
 * @param id     Docker's id
 * @param state  Docker's state: created, running, exited, dead, removing...
 * @param labels the container's labels (see {@link Labels})
 */
public record ListedContainer(String id, String state, Map<String, String> labels) {
  public ListedContainer {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  static ListedContainer of(com.github.dockerjava.api.model.Container listed) {
    return new ListedContainer(listed.getId(), listed.getState(), listed.getLabels());
  }

  /** The spec container's name, or {@link Labels#SANDBOX} for the pause container. */
  public String name() {
    return labels.get(Labels.CONTAINER_NAME);
  }

  /** Which run of its container this is: 0 for the first. */
  public int attempt() {
    return Labels.attempt(labels);
  }

  /** Its role in the pod (an app container when unlabelled). */
  public Labels.Type type() {
    return Labels.Type.of(labels.getOrDefault(Labels.CONTAINER_TYPE, "app"));
  }

  public boolean running() {
    return "running".equals(state);
  }
}
