package io.whalepod.validation;

import io.whalepod.model.ConfigMapVolumeSource;
import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.EmptyDirVolumeSource;
import io.whalepod.model.HostPathVolumeSource;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.Lifecycle;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.ObjectMeta;
import io.whalepod.model.Pod;
import io.whalepod.model.PodSpec;
import io.whalepod.model.Probe;
import io.whalepod.model.Quantity;
import io.whalepod.model.ResourceRequirements;
import io.whalepod.model.SecretVolumeSource;
import io.whalepod.model.Volume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Fills what Kubernetes' {@code SetDefaults_*} functions fill ({@code pkg/apis/core/v1/defaults.go}), so a pod
 * prints as {@code kubectl get pod -o yaml} would show it. Only unset fields are filled; what the user wrote is
 * kept. Pure and idempotent: {@code apply(apply(p)).equals(apply(p))}. Apply it before
 * {@link PodValidator#validate}, as the API server does.
 */
public final class Defaults {
  /** The namespace of a pod that names none. */
  public static final String NAMESPACE = "default";
  /** The pod's {@code restartPolicy} when unset. */
  public static final String RESTART_POLICY = "Always";
  /** The pod's {@code terminationGracePeriodSeconds} when unset. */
  public static final long TERMINATION_GRACE_PERIOD_SECONDS = 30;
  /** A container port's {@code protocol} when unset. */
  public static final String PROTOCOL = "TCP";
  /** A probe's {@code timeoutSeconds} when unset. */
  public static final int PROBE_TIMEOUT_SECONDS = 1;
  /** A probe's {@code periodSeconds} when unset. */
  public static final int PROBE_PERIOD_SECONDS = 10;
  /** A probe's {@code successThreshold} when unset. */
  public static final int PROBE_SUCCESS_THRESHOLD = 1;
  /** A probe's {@code failureThreshold} when unset. */
  public static final int PROBE_FAILURE_THRESHOLD = 3;
  /** An {@code httpGet} action's {@code path} when unset. */
  public static final String HTTP_GET_PATH = "/";
  /** An {@code httpGet} action's {@code scheme} when unset. */
  public static final String HTTP_GET_SCHEME = "HTTP";
  /** A {@code hostPath} volume's {@code type} when unset: no check on what is at the path. */
  public static final String HOST_PATH_TYPE = "";
  /** 0644 written in decimal, as Kubernetes prints it. */
  public static final int FILE_MODE = 420;

  private Defaults() {}

  /**
   * The pod with every unset default filled in; the status is left as it is.
   *
   * @param pod the pod as written; never null
   * @return a new pod with the defaults filled in; the argument is not changed
   */
  public static Pod apply(Pod pod) {
    Objects.requireNonNull(pod, "pod");
    ObjectMeta meta = pod.metadata();
    if (meta != null && isEmpty(meta.namespace())) {
      meta = meta.withNamespace(NAMESPACE);
    }
    PodSpec spec = pod.spec() == null ? null : podSpec(pod.spec());
    return new Pod(pod.apiVersion(), pod.kind(), meta, spec, pod.status());
  }

  /**
   * {@code Always} for an image tagged {@code latest} or not tagged at all, else {@code IfNotPresent}, as
   * {@code SetDefaults_Container} decides. A digest without a tag counts as pinned; a registry's
   * {@code host:port} is no tag.
   *
   * @param image the image reference; may be null or empty
   * @return {@code Always} or {@code IfNotPresent}
   */
  public static String imagePullPolicy(String image) {
    if (isEmpty(image)) {
      return "IfNotPresent";  // Kubernetes cannot parse it and finds no tag; validation reports the image anyway
    }
    int at = image.indexOf('@');
    String name = at >= 0 ? image.substring(0, at) : image;
    int colon = name.lastIndexOf(':');
    String tag = colon > name.lastIndexOf('/') ? name.substring(colon + 1) : null;
    if (tag == null && at < 0) {
      tag = "latest";
    }
    return "latest".equals(tag) ? "Always" : "IfNotPresent";
  }

  static PodSpec podSpec(PodSpec spec) {
    boolean hostNetwork = spec.usesHostNetwork();
    return new PodSpec(
        map(spec.volumes(), Defaults::volume),
        map(spec.initContainers(), c -> container(c, hostNetwork)),
        map(spec.containers(), c -> container(c, hostNetwork)),
        isEmpty(spec.restartPolicy()) ? RESTART_POLICY : spec.restartPolicy(),
        spec.terminationGracePeriodSeconds() == null
            ? TERMINATION_GRACE_PERIOD_SECONDS : spec.terminationGracePeriodSeconds(),
        spec.nodeSelector(), spec.nodeName(), spec.hostNetwork(), spec.hostPID(), spec.hostIPC(),
        spec.shareProcessNamespace(), spec.hostname(), spec.hostAliases());
  }

  /** {@code SetDefaults_Volume}: a volume without a source is an emptyDir; then each source's own defaults. */
  static Volume volume(Volume v) {
    if (v.sources().isEmpty()) {
      return Volume.of(v.name(), new EmptyDirVolumeSource(null, null));
    }
    return new Volume(v.name(),
        v.hostPath() == null || v.hostPath().type() != null ? v.hostPath()
            : new HostPathVolumeSource(v.hostPath().path(), HOST_PATH_TYPE),
        v.emptyDir(),
        v.secret() == null || v.secret().defaultMode() != null ? v.secret()
            : new SecretVolumeSource(v.secret().secretName(), v.secret().items(), FILE_MODE, v.secret().optional()),
        v.configMap() == null || v.configMap().defaultMode() != null ? v.configMap()
            : new ConfigMapVolumeSource(v.configMap().name(), v.configMap().items(), FILE_MODE,
                v.configMap().optional()));
  }

  static Container container(Container c, boolean hostNetwork) {
    return new Container(c.name(), c.image(), c.command(), c.args(), c.workingDir(),
        map(c.ports(), p -> port(p, hostNetwork)), c.env(), resources(c.resources()), c.restartPolicy(),
        c.volumeMounts(), probe(c.livenessProbe()), probe(c.readinessProbe()), probe(c.startupProbe()),
        lifecycle(c.lifecycle()),
        isEmpty(c.imagePullPolicy()) ? imagePullPolicy(c.image()) : c.imagePullPolicy(),
        c.securityContext(), c.stdin(), c.tty());
  }

  /** {@code SetDefaults_ContainerPort}, and {@code SetDefaults_Pod}'s hostPort for a pod on the host network. */
  static ContainerPort port(ContainerPort p, boolean hostNetwork) {
    if (p == null) {
      return null;
    }
    Integer hostPort = hostNetwork && (p.hostPort() == null || p.hostPort() == 0) ? p.containerPort() : p.hostPort();
    String protocol = isEmpty(p.protocol()) ? PROTOCOL : p.protocol();
    return new ContainerPort(p.name(), hostPort, p.containerPort(), protocol, p.hostIP());
  }

  /** {@code SetDefaults_Pod}: a limit without a request also becomes the request. */
  static ResourceRequirements resources(ResourceRequirements r) {
    if (r == null || r.limits().isEmpty() || r.requests().keySet().containsAll(r.limits().keySet())) {
      return r;
    }
    Map<String, Quantity> requests = new LinkedHashMap<>(r.requests());
    r.limits().forEach(requests::putIfAbsent);
    return new ResourceRequirements(r.limits(), requests);
  }

  /** {@code SetDefaults_Probe}; initialDelaySeconds stays unset, as Kubernetes leaves it at 0 and omits it. */
  static Probe probe(Probe p) {
    if (p == null) {
      return null;
    }
    return new Probe(p.exec(), httpGet(p.httpGet()), p.tcpSocket(), p.initialDelaySeconds(),
        orDefault(p.timeoutSeconds(), PROBE_TIMEOUT_SECONDS),
        orDefault(p.periodSeconds(), PROBE_PERIOD_SECONDS),
        orDefault(p.successThreshold(), PROBE_SUCCESS_THRESHOLD),
        orDefault(p.failureThreshold(), PROBE_FAILURE_THRESHOLD),
        p.terminationGracePeriodSeconds());
  }

  static Lifecycle lifecycle(Lifecycle l) {
    if (l == null) {
      return null;
    }
    return new Lifecycle(lifecycleHandler(l.postStart()), lifecycleHandler(l.preStop()));
  }

  private static LifecycleHandler lifecycleHandler(LifecycleHandler h) {
    return h == null ? null : new LifecycleHandler(h.exec(), httpGet(h.httpGet()), h.tcpSocket());
  }

  /** {@code SetDefaults_HTTPGetAction}: path {@code /}, scheme {@code HTTP}. */
  static HttpGetAction httpGet(HttpGetAction h) {
    if (h == null) {
      return null;
    }
    return new HttpGetAction(isEmpty(h.path()) ? HTTP_GET_PATH : h.path(), h.port(), h.host(),
        isEmpty(h.scheme()) ? HTTP_GET_SCHEME : h.scheme(), h.httpHeaders());
  }

  private static Integer orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
    return list.stream().map(x -> x == null ? null : f.apply(x)).toList();
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
