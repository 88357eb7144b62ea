package io.whalepod.docker.internal;

import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels every container and volume of a pod carries from the moment it is created (docs/behaviour.md §3), so any process
 * finds everything with a label query, and the names Docker shows ({@code <pod>_<container>_<namespace>_<uid8>_<n>}).
 */
public final class Labels {
  public static final String POD_UID = "io.whalepod.pod.uid";
  public static final String POD_NAME = "io.whalepod.pod.name";
  public static final String POD_NAMESPACE = "io.whalepod.pod.namespace";
  public static final String CONTAINER_NAME = "io.whalepod.container.name";
  public static final String CONTAINER_TYPE = "io.whalepod.container.type";
  public static final String ATTEMPT = "io.whalepod.container.attempt";
  /** The consecutive restarts before this run: the back-off resumes from it, whichever process supervises. */
  public static final String RESTARTS_IN_A_ROW = "io.whalepod.container.restarts-in-a-row";
  /**
   * On the sandbox of a supervised pod: its restart back-off ({@code initial/max/resetAfter}, ISO durations), so
   * whichever process supervises or reads the pod counts the same back-off.
   */
  public static final String RESTART_BACK_OFF = "io.whalepod.pod.restart-back-off";
  /** On the sandbox of a pod the node agent supervises: {@link Keeper#NODE_AGENT}. */
  public static final String SUPERVISOR = "io.whalepod.supervisor";
  /** On a pod's deletion mark (see {@link DeletionMarks}): when the deletion began, its grace, the phase then. */
  public static final String DELETION_TIMESTAMP = "io.whalepod.pod.deletion-timestamp";
  public static final String DELETION_GRACE_SECONDS = "io.whalepod.pod.deletion-grace-period-seconds";
  public static final String PHASE_AT_DELETION = "io.whalepod.pod.phase-at-deletion";
  /** On the sandbox only: the pod as applied (JSON), so another process can rebuild its spec. */
  public static final String POD_SPEC = "io.whalepod.pod.spec";

  /** The sandbox's container name in Docker names, as the kubelet's {@code k8s_POD_...}; upper case cannot clash. */
  public static final String SANDBOX = "POD";

  /** The role of a container in its pod. */
  public enum Type {
    SANDBOX("sandbox"), INIT("init"), APP("app"),
    /** Never runs: marks the pod as being deleted (see {@link DeletionMarks}). */
    DELETION("deletion");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Type of(String label) {
      for (Type t : values()) {
        if (t.label.equals(label)) {
          return t;
        }
      }
      throw new IllegalArgumentException("unknown container type label: " + label);
    }
  }

  /**
   * Which run of a container this is: its attempt number and the restarts in a row before it.
   *
   * @param number         0 for the first run
   * @param restartsInARow where the back-off counts from
   */
  public record Attempt(int number, int restartsInARow) {
    /** A container's first run. */
    public static final Attempt FIRST = new Attempt(0, 0);
  }

  private Labels() {}

  /** The labels shared by everything of this pod. */
  public static Map<String, String> forPod(Pod pod) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(POD_UID, pod.metadata().uid());
    labels.put(POD_NAME, pod.name());
    labels.put(POD_NAMESPACE, pod.namespace());
    return labels;
  }

  public static Map<String, String> forContainer(Pod pod, String container, Type type, Attempt attempt) {
    Map<String, String> labels = forPod(pod);
    labels.put(CONTAINER_NAME, container);
    labels.put(CONTAINER_TYPE, type.label());
    labels.put(ATTEMPT, Integer.toString(attempt.number()));
    labels.put(RESTARTS_IN_A_ROW, Integer.toString(attempt.restartsInARow()));
    return labels;
  }

  /** The attempt a container's labels (or a Docker event's attributes) carry: 0 for the first run. */
  public static int attempt(Map<String, String> labels) {
    return Integer.parseInt(labels.getOrDefault(ATTEMPT, "0"));
  }

  /** The label value of a back-off. */
  public static String backOff(BackOff backOff) {
    return backOff.initial() + "/" + backOff.max() + "/" + backOff.resetAfter();
  }

  /** The back-off a sandbox's labels record; empty when they record none (or one this version cannot read). */
  public static Optional<BackOff> backOff(Map<String, String> labels) {
    String[] parts = labels.getOrDefault(RESTART_BACK_OFF, "").split("/");
    try {
      return parts.length == 3
          ? Optional.of(new BackOff(Duration.parse(parts[0]), Duration.parse(parts[1]), Duration.parse(parts[2])))
          : Optional.empty();
    } catch (java.time.format.DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  /** The restarts in a row a container's labels carry: 0 when absent (made by an older Whalepod). */
  public static int restartsInARow(Map<String, String> labels) {
    return Integer.parseInt(labels.getOrDefault(RESTARTS_IN_A_ROW, "0"));
  }

  /**
   * A readable, unique Docker name. Validated pod, container and namespace names are DNS names and always fit
   * Docker's charset; the check is a second line of defence for a pod that skipped validation.
   */
  public static String containerName(Pod pod, String container, int attempt) {
    return dockerSafe(pod.name() + "_" + container + "_" + pod.namespace() + "_" + uid8(pod) + "_" + attempt);
  }

  public static String volumeName(Pod pod, String volume) {
    return dockerSafe(pod.name() + "_" + volume + "_" + pod.namespace() + "_" + uid8(pod));
  }

  /** Docker's own rule for container and volume names ({@code daemon/names}). */
  private static final java.util.regex.Pattern DOCKER_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

  private static String dockerSafe(String name) {
    if (!DOCKER_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a valid Docker name (was the pod validated?): " + name);
    }
    return name;
  }

  private static String uid8(Pod pod) {
    return pod.metadata().uid().substring(0, 8);
  }
}
