package io.whalepod.node;

import com.github.dockerjava.api.model.Event;
import io.whalepod.docker.internal.DeletionMarks;
import io.whalepod.docker.internal.DockerBackend;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.DockerEventStream;
import io.whalepod.docker.internal.Keeper;
import io.whalepod.docker.internal.Labels;
import io.whalepod.docker.internal.ListedContainer;
import io.whalepod.docker.internal.Supervisor;
import io.whalepod.model.Pod;
import io.whalepod.plan.BackOff;
import io.whalepod.yaml.ManifestReader;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node agent: the kubelet of one engine. It supervises every detached pod marked for it ({@link Keeper#nodeAgent})
 * by the same plan as an owning JVM: back-off and CrashLoopBackOff, probes, init retries, sidecars, rebuilds. It
 * keeps nothing of its own: everything is read back from the engine's labels when it starts, and a pod whose sandbox
 * starts later is taken on from the event stream. Stopping it leaves every pod as it is.
 */
public final class NodeAgent implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NodeAgent.class);
  private static final Map<String, String> AGENT_SANDBOXES = Map.of(
      Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label(), Labels.SUPERVISOR, Keeper.NODE_AGENT);

  private final DockerBackend backend;
  private final Supervisor supervisor;
  /** New sandboxes are taken on as they start; after a gap in the stream, the engine is read again. */
  private final DockerEventStream.Listener sandboxes = new DockerEventStream.Listener() {
    @Override
    public void onEvent(Event event) {
      Map<String, String> attributes = event.getActor() == null ? Map.of() : event.getActor().getAttributes();
      if (("start".equals(event.getAction()) || "start".equals(event.getStatus()))
          && Labels.Type.SANDBOX.label().equals(attributes.get(Labels.CONTAINER_TYPE))
          && Keeper.NODE_AGENT.equals(attributes.get(Labels.SUPERVISOR))) {
        // Off the stream's thread: taking a pod on asks the engine, and the stream feeds the supervisor too.
        ListedContainer sandbox = new ListedContainer(event.getId(), "running", attributes);
        backend.executor().execute(() -> takeOn(sandbox));
      }
    }

    @Override
    public void onGap() {
      backend.executor().execute(NodeAgent.this::takeOnAll);
    }
  };

  private NodeAgent(DockerBackend backend) {
    this.backend = backend;
    this.supervisor = backend.supervisor().orElseThrow();
  }

  /**
   * Starts supervising the engine's agent pods.
   *
   * @param environment where to find the engine (DOCKER_HOST), as the command line's
   * @param backOff     the restart back-off of pods whose sandbox records none (Kubernetes':
   *                    {@link BackOff#KUBERNETES}); a pod's recorded back-off wins
   * @return the running agent; close it to stop supervising
   * @throws io.whalepod.docker.EngineUnreachableException when the engine does not answer
   */
  public static NodeAgent start(Map<String, String> environment, BackOff backOff) {
    DockerClients clients = DockerClients.fromEnvironment(environment);
    try {
      clients.ping();
    } catch (RuntimeException e) {
      clients.close();
      throw e;
    }
    NodeAgent agent = new NodeAgent(new DockerBackend(clients, List.of(), true, backOff));
    try {
      agent.backend.eventStream().addHandler(agent.sandboxes);
      int pods = agent.takeOnAll();
      log.info("whalepod node: supervising {} pod(s) on {}", pods, clients.dockerHost());
      return agent;
    } catch (RuntimeException e) {
      agent.close();
      throw e;
    }
  }

  /** How many pods the agent supervises now. */
  public int supervised() {
    return supervisor.size();
  }

  private int takeOnAll() {
    List<ListedContainer> found = backend.clients().listContainers(AGENT_SANDBOXES);
    found.forEach(this::takeOn);
    return found.size();
  }

  /** A pod marked for deletion is its deleter's: nothing to take on. */
  private boolean beingDeleted(String uid) {
    return DeletionMarks.of(backend.clients(), uid).isPresent();
  }

  private void takeOn(ListedContainer sandbox) {
    try {
      Pod pod = ManifestReader.readPod(sandbox.labels().get(Labels.POD_SPEC));
      if (!beingDeleted(pod.metadata().uid()) && supervisor.adopt(pod, sandbox.id(), Labels.backOff(sandbox.labels()))) {
        log.info("whalepod node: supervising pod {}/{}", pod.namespace(), pod.name());
      }
    } catch (RuntimeException e) {
      log.warn("whalepod node: cannot take on the pod of sandbox {}: {}", sandbox.id(), e.getMessage());
    }
  }

  /** Stops supervising: every pod stays as it is, for the next agent. */
  @Override
  public void close() {
    backend.eventStream().remove(sandboxes);
    backend.close();
  }
}
