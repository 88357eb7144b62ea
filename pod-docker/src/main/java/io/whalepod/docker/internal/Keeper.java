package io.whalepod.docker.internal;

import io.whalepod.plan.BackOff;
import java.util.HashMap;
import java.util.Map;

/**
 * Who keeps a pod's containers running by the kubelet's rules, as its sandbox's labels record it: the JVM that owns
 * it, the node agent ({@code whalepod node}), or, for detached pods with no agent, Docker's restart policies.
 *
 * @param sandboxLabels  what the sandbox carries to say so (the owner's session, or the agent's mark)
 * @param dockerRestarts Docker's restart policies keep the pod's containers (and sandbox) running
 */
public record Keeper(Map<String, String> sandboxLabels, boolean dockerRestarts) {
  /** The label value of pods the node agent supervises, under {@link Labels#SUPERVISOR}. */
  public static final String NODE_AGENT = "node";

  public Keeper {
    sandboxLabels = Map.copyOf(sandboxLabels);
  }

  /** Owned by a JVM: its supervisor restarts with {@code backOff}, and the pod goes when that JVM does. */
  public static Keeper owner(Map<String, String> ownerLabels, BackOff backOff) {
    Map<String, String> labels = new HashMap<>(ownerLabels);
    labels.put(Labels.RESTART_BACK_OFF, Labels.backOff(backOff));
    return new Keeper(labels, false);
  }

  /** Detached, supervised by the node agent, which restarts with {@code backOff}. */
  public static Keeper nodeAgent(BackOff backOff) {
    return new Keeper(Map.of(Labels.SUPERVISOR, NODE_AGENT, Labels.RESTART_BACK_OFF, Labels.backOff(backOff)), false);
  }

  /** Detached, kept running by Docker's restart policies (which back off their own way). */
  public static Keeper docker() {
    return new Keeper(Map.of(), true);
  }
}
