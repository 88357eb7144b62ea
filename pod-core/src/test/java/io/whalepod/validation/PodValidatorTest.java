package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.whalepod.model.Capabilities;
import io.whalepod.model.ConfigMapVolumeSource;
import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.EmptyDirVolumeSource;
import io.whalepod.model.EnvVar;
import io.whalepod.model.ExecAction;
import io.whalepod.model.HostAlias;
import io.whalepod.model.HostPathVolumeSource;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.IntOrString;
import io.whalepod.model.KeyToPath;
import io.whalepod.model.Lifecycle;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.ObjectMeta;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.model.Quantity;
import io.whalepod.model.ResourceRequirements;
import io.whalepod.model.SecretVolumeSource;
import io.whalepod.model.SecurityContext;
import io.whalepod.model.TcpSocketAction;
import io.whalepod.model.Volume;
import io.whalepod.model.VolumeMount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PodValidatorTest {

  static final String LABEL_RULE = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters "
      + "or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used "
      + "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
  static final String SUBDOMAIN_RULE = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
      + "characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex "
      + "used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
  static final String INIT_FORBIDDEN = "Forbidden: may not be set for init containers without restartPolicy=Always";

  // ---- builders shared by the tables -------------------------------------------------------------------------

  static Container.Builder app() {
    return Container.named("app").image("busybox:1.36");
  }

  static Pod withContainer(UnaryOperator<Container.Builder> configure) {
    return Pod.named("web").container(configure.apply(app()).build()).build();
  }

  static Pod withPod(UnaryOperator<Pod.Builder> configure) {
    return configure.apply(Pod.named("web").container(app().build())).build();
  }

  static Pod withVolume(Volume volume) {
    return Pod.named("web").volume(volume).container(app().build()).build();
  }

  static Pod withVolumeMounted(Volume volume, VolumeMount... mounts) {
    Container.Builder c = app();
    for (VolumeMount m : mounts) {
      c.mount(m);
    }
    return Pod.named("web").volume(volume).container(c.build()).build();
  }

  static Pod withLiveness(Probe probe) {
    return withContainer(c -> c.livenessProbe(probe));
  }

  static Probe execProbe() {
    return Probe.of(ExecAction.of("true"));
  }

  static Probe probeWithTimings(Integer initialDelay, Integer timeout, Integer period, Integer success,
      Integer failure) {
    return execProbe().withTimings(initialDelay, timeout, period, success, failure);
  }

  static ResourceRequirements resources(Map<String, String> limits, Map<String, String> requests) {
    Map<String, Quantity> l = new LinkedHashMap<>();
    limits.forEach((k, v) -> l.put(k, Quantity.parse(v)));
    Map<String, Quantity> r = new LinkedHashMap<>();
    requests.forEach((k, v) -> r.put(k, Quantity.parse(v)));
    return new ResourceRequirements(l, r);
  }

  static SecurityContext securityContext(Boolean privileged, Long user, Boolean allowPrivilegeEscalation,
      String... addCaps) {
    return new SecurityContext(new Capabilities(List.of(addCaps), null), privileged, user, null, null, null,
        allowPrivilegeEscalation);
  }

  static Arguments invalid(String sentence, Pod pod, String... expectedLines) {
    return Arguments.of(Named.of(sentence, pod), List.of(expectedLines));
  }

  // ---- the table of invalid pods -------------------------------------------------------------------------------

  static Stream<Arguments> invalidPods() {
    return Stream.of(metadataCases(), specCases(), volumeCases(), containerCases(), portCases(), resourceCases(),
        probeCases(), initContainerCases()).flatMap(s -> s);
  }

  static Stream<Arguments> metadataCases() {
    Pod valid = withPod(p -> p);
    return Stream.of(
        invalid("a pod without a name", Pod.named(null).container(app().build()).build(),
            "metadata.name: Required value: name or generateName is required"),
        invalid("a pod without metadata", new Pod("v1", "Pod", null, valid.spec(), null),
            "metadata.name: Required value: name or generateName is required"),
        invalid("a pod name with capitals and an underscore", Pod.named("Web_1").container(app().build()).build(),
            "metadata.name: Invalid value: \"Web_1\": " + SUBDOMAIN_RULE),
        invalid("a pod name longer than 253 characters",
            Pod.named("a".repeat(254)).container(app().build()).build(),
            "metadata.name: Invalid value: \"" + "a".repeat(254) + "\": must be no more than 253 characters"),
        invalid("a namespace with dots", withPod(p -> p.namespace("team.prod")),
            "metadata.namespace: Invalid value: \"team.prod\": must not contain dots"),
        invalid("a label key with two slashes", withPod(p -> p.label("a/b/c", "x")),
            "metadata.labels: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or "
                + "'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?"
                + "[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
        invalid("a label key with an empty prefix", withPod(p -> p.label("/app", "x")),
            "metadata.labels: Invalid value: \"/app\": prefix part must be non-empty"),
        invalid("a label value with a space", withPod(p -> p.label("app", "my app")),
            "metadata.labels: Invalid value: \"my app\": a valid label must be an empty string or consist of "
                + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
                + "character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        invalid("a label value of 64 characters", withPod(p -> p.label("app", "v".repeat(64))),
            "metadata.labels: Invalid value: \"" + "v".repeat(64) + "\": must be no more than 63 characters"),
        invalid("an annotation key ending in a dash", withPod(p -> p.annotation("note-", "x")),
            "metadata.annotations: Invalid value: \"note-\": name part must consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or "
                + "'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?"
                + "[A-Za-z0-9]')"),
        invalid("apiVersion v2", new Pod("v2", "Pod", valid.metadata(), valid.spec(), null),
            "apiVersion: Unsupported value: \"v2\": supported values: \"v1\""),
        invalid("a missing kind", new Pod("v1", null, valid.metadata(), valid.spec(), null),
            "kind: Required value"),
        invalid("a Deployment kind", new Pod("v1", "Deployment", valid.metadata(), valid.spec(), null),
            "kind: Unsupported value: \"Deployment\": supported values: \"Pod\""));
  }

  static Stream<Arguments> specCases() {
    Pod valid = withPod(p -> p);
    return Stream.of(
        invalid("a pod without a spec", new Pod("v1", "Pod", valid.metadata(), null, null), "spec: Required value"),
        invalid("a pod without containers", Pod.named("web").build(), "spec.containers: Required value"),
        invalid("restartPolicy Sometimes", withPod(p -> p.restartPolicy("Sometimes")),
            "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", "
                + "\"Never\""),
        invalid("a negative grace period", withPod(p -> p.terminationGracePeriodSeconds(-1)),
            "spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0"),
        invalid("a node selector value with a slash", withPod(p -> p.nodeSelector("disk", "ssd/fast")),
            "spec.nodeSelector: Invalid value: \"ssd/fast\": a valid label must be an empty string or consist of "
                + "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
                + "character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        invalid("a node name with an underscore", withPod(p -> p.nodeName("node_1")),
            "spec.nodeName: Invalid value: \"node_1\": " + SUBDOMAIN_RULE),
        invalid("a shared process namespace on the host's PID namespace",
            withPod(p -> p.hostPID(true).shareProcessNamespace(true)),
            "spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be "
                + "enabled"),
        invalid("a hostname with capitals", withPod(p -> p.hostname("Web")),
            "spec.hostname: Invalid value: \"Web\": " + LABEL_RULE),
        invalid("a host alias with a bad IP address", withPod(p -> p.hostAlias("10.0.0.300", "db")),
            "spec.hostAliases[0].ip: Invalid value: \"10.0.0.300\": must be a valid IP address, (e.g. 10.9.8.7 or "
                + "2001:db8::ffff)"),
        invalid("a host alias without hostnames", withPod(p -> p.hostAlias("10.0.0.3")),
            "spec.hostAliases[0].hostnames: Required value"),
        invalid("a host alias with an underscore in a hostname",
            withPod(p -> p.hostAlias("::1", "db", "my_db")),
            "spec.hostAliases[0].hostnames[1]: Invalid value: \"my_db\": " + SUBDOMAIN_RULE));
  }

  static Stream<Arguments> volumeCases() {
    return Stream.of(
        invalid("a volume without a name", withVolume(Volume.emptyDir(null)),
            "spec.volumes[0].name: Required value"),
        invalid("a volume name with capitals", withVolume(Volume.emptyDir("Data")),
            "spec.volumes[0].name: Invalid value: \"Data\": " + LABEL_RULE),
        invalid("two volumes with one name",
            Pod.named("web").volume(Volume.emptyDir("data")).volume(Volume.memory("data"))
                .container(app().build()).build(),
            "spec.volumes[1].name: Duplicate value: \"data\""),
        invalid("a volume without a source", withVolume(new Volume("data", null, null, null, null)),
            "spec.volumes[0]: Required value: must specify a volume type"),
        invalid("a volume with two sources",
            withVolume(new Volume("data", new HostPathVolumeSource("/srv", null), new EmptyDirVolumeSource(null, null),
                null, null)),
            "spec.volumes[0].emptyDir: Forbidden: may not specify more than 1 volume type"),
        invalid("a hostPath without a path", withVolume(Volume.hostPath("data", "", "Directory")),
            "spec.volumes[0].hostPath.path: Required value"),
        invalid("a relative hostPath", withVolume(Volume.hostPath("data", "srv/data", null)),
            "spec.volumes[0].hostPath.path: Invalid value: \"srv/data\": must be an absolute path"),
        invalid("a hostPath that climbs with ..", withVolume(Volume.hostPath("data", "/srv/../etc", null)),
            "spec.volumes[0].hostPath.path: Invalid value: \"/srv/../etc\": must not contain '..'"),
        invalid("hostPath type Folder", withVolume(Volume.hostPath("data", "/srv", "Folder")),
            "spec.volumes[0].hostPath.type: Unsupported value: \"Folder\": supported values: \"\", \"BlockDevice\", "
                + "\"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\""),
        invalid("emptyDir medium Disk", withVolume(Volume.of("data", new EmptyDirVolumeSource("Disk", null))),
            "spec.volumes[0].emptyDir.medium: Unsupported value: \"Disk\": supported values: \"\", \"Memory\""),
        invalid("a configMap volume without the configMap's name", withVolume(Volume.configMap("conf", null)),
            "spec.volumes[0].configMap.name: Required value"),
        invalid("a secret volume without the secret's name", withVolume(Volume.secret("creds", "")),
            "spec.volumes[0].secret.secretName: Required value"),
        invalid("a configMap item with an absolute path",
            withVolume(Volume.of("conf", new ConfigMapVolumeSource("conf",
                List.of(new KeyToPath("app.properties", "/etc/app.properties", null)), null, null))),
            "spec.volumes[0].configMap.items[0].path: Invalid value: \"/etc/app.properties\": must be a relative "
                + "path"),
        invalid("a secret item path that climbs out",
            withVolume(Volume.of("creds", new SecretVolumeSource("creds",
                List.of(new KeyToPath("password", "../password", null)), null, null))),
            "spec.volumes[0].secret.items[0].path: Invalid value: \"../password\": must not contain '..'"),
        invalid("a secret item path starting with ..",
            withVolume(Volume.of("creds", new SecretVolumeSource("creds",
                List.of(new KeyToPath("password", "..data", null)), null, null))),
            "spec.volumes[0].secret.items[0].path: Invalid value: \"..data\": must not start with '..'"),
        invalid("a configMap item without a key",
            withVolume(Volume.of("conf", new ConfigMapVolumeSource("conf",
                List.of(new KeyToPath("", "app.properties", null)), null, null))),
            "spec.volumes[0].configMap.items[0].key: Required value"),
        invalid("a defaultMode above 0777",
            withVolume(Volume.of("conf", new ConfigMapVolumeSource("conf", null, 01000, null))),
            "spec.volumes[0].configMap.defaultMode: Invalid value: 512: must be a number between 0 and 0777 "
                + "(octal), both inclusive"));
  }

  static Stream<Arguments> containerCases() {
    return Stream.of(
        invalid("a container without a name", withContainer(c -> c.name(null)),
            "spec.containers[0].name: Required value"),
        invalid("a container name with capitals and an underscore", withContainer(c -> c.name("Web_1")),
            "spec.containers[0].name: Invalid value: \"Web_1\": " + LABEL_RULE),
        invalid("a container name with a dot", withContainer(c -> c.name("web.app")),
            "spec.containers[0].name: Invalid value: \"web.app\": must not contain dots"),
        invalid("a container without an image", withContainer(c -> c.image(null)),
            "spec.containers[0].image: Required value"),
        invalid("two app containers with one name",
            Pod.named("web").container(app().build()).container(app().build()).build(),
            "spec.containers[1].name: Duplicate value: \"app\""),
        invalid("an app container named like an init container",
            Pod.named("web").initContainer(c -> c.name("app").image("busybox")).container(app().build()).build(),
            "spec.containers[0].name: Duplicate value: \"app\""),
        invalid("a mount of an undeclared volume",
            Pod.named("web").volume(Volume.emptyDir("data")).container(app().mount("data", "/data").build())
                .container(c -> c.name("sidecar").image("busybox").mount("shared", "/shared")).build(),
            "spec.containers[1].volumeMounts[0].name: Not found: \"shared\""),
        invalid("a mount of a volume whose name is invalid, reported once at the volume",
            withVolumeMounted(Volume.emptyDir("Data"), VolumeMount.of("Data", "/data")),
            "spec.volumes[0].name: Invalid value: \"Data\": " + LABEL_RULE),
        invalid("a mount without a volume name", withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("", "/d")),
            "spec.containers[0].volumeMounts[0].name: Required value"),
        invalid("a mount without a mountPath", withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("data", null)),
            "spec.containers[0].volumeMounts[0].mountPath: Required value"),
        invalid("a relative mountPath", withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("data", "data")),
            "spec.containers[0].volumeMounts[0].mountPath: Invalid value: \"data\": must be an absolute path"),
        invalid("one mountPath twice in a container",
            withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("data", "/data"),
                VolumeMount.of("data", "/data")),
            "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique"),
        invalid("a subPath that climbs out",
            withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("data", "/data").withSubPath("../etc")),
            "spec.containers[0].volumeMounts[0].subPath: Invalid value: \"../etc\": must not contain '..'"),
        invalid("an absolute subPath",
            withVolumeMounted(Volume.emptyDir("data"), VolumeMount.of("data", "/data").withSubPath("/etc")),
            "spec.containers[0].volumeMounts[0].subPath: Invalid value: \"/etc\": must be a relative path"),
        invalid("an environment variable without a name", withContainer(c -> c.env("", "x")),
            "spec.containers[0].env[0].name: Required value"),
        invalid("an environment variable name starting with a digit", withContainer(c -> c.env("1ST", "x")),
            "spec.containers[0].env[0].name: Invalid value: \"1ST\": a valid environment variable name must "
                + "consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit "
                + "(e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is "
                + "'[-._a-zA-Z][-._a-zA-Z0-9]*')"),
        invalid("an environment variable named ..", withContainer(c -> c.env("..", "x")),
            "spec.containers[0].env[0].name: Invalid value: \"..\": must not be '..'"),
        invalid("imagePullPolicy Sometimes", withContainer(c -> c.imagePullPolicy("Sometimes")),
            "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", "
                + "\"IfNotPresent\", \"Never\""),
        invalid("restartPolicy on an app container", withContainer(c -> c.restartPolicy("Always")),
            "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers"),
        invalid("a negative runAsUser", withContainer(c -> c.securityContext(securityContext(null, -1L, null))),
            "spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 4294967295, "
                + "inclusive"),
        invalid("privileged without privilege escalation",
            withContainer(c -> c.securityContext(securityContext(true, null, false))),
            "spec.containers[0].securityContext: Invalid value: cannot set `allowPrivilegeEscalation` to false "
                + "and `privileged` to true"),
        invalid("CAP_SYS_ADMIN without privilege escalation",
            withContainer(c -> c.securityContext(securityContext(null, null, false, "CAP_SYS_ADMIN"))),
            "spec.containers[0].securityContext: Invalid value: cannot set `allowPrivilegeEscalation` to false "
                + "and `capabilities.Add` CAP_SYS_ADMIN"));
  }

  static Stream<Arguments> portCases() {
    return Stream.of(
        invalid("containerPort 70000", withContainer(c -> c.port(70000)),
            "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, "
                + "inclusive"),
        invalid("a port without containerPort", withContainer(c -> c.port(new ContainerPort("http", null, null,
                null, null))),
            "spec.containers[0].ports[0].containerPort: Required value"),
        invalid("hostPort 65536", withContainer(c -> c.hostPort(80, 65536)),
            "spec.containers[0].ports[0].hostPort: Invalid value: 65536: must be between 1 and 65535, inclusive"),
        invalid("protocol HTTP", withContainer(c -> c.port(ContainerPort.of(80).withProtocol("HTTP"))),
            "spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", "
                + "\"TCP\", \"UDP\""),
        invalid("a port name with an underscore", withContainer(c -> c.port(ContainerPort.of(80).withName("my_http"))),
            "spec.containers[0].ports[0].name: Invalid value: \"my_http\": must contain only alpha-numeric "
                + "characters (a-z, 0-9), and hyphens (-)"),
        invalid("a port name of 16 characters",
            withContainer(c -> c.port(ContainerPort.of(80).withName("http-management1"))),
            "spec.containers[0].ports[0].name: Invalid value: \"http-management1\": must be no more than 15 "
                + "characters"),
        invalid("a port name of digits only", withContainer(c -> c.port(ContainerPort.of(80).withName("8080"))),
            "spec.containers[0].ports[0].name: Invalid value: \"8080\": must contain at least one letter (a-z)"),
        invalid("one port name twice in a container",
            withContainer(c -> c.port(ContainerPort.of(80).withName("http"))
                .port(ContainerPort.of(8080).withName("http"))),
            "spec.containers[0].ports[1].name: Duplicate value: \"http\""),
        invalid("one hostPort in two containers",
            Pod.named("web").container(app().hostPort(80, 8080).build())
                .container(c -> c.name("other").image("busybox").hostPort(81, 8080)).build(),
            "spec.containers[1].ports[0].hostPort: Duplicate value: \"/TCP/8080\""),
        invalid("a hostPort of an init container reused by an app container",
            Pod.named("web").initContainer(c -> c.name("init").image("busybox").hostPort(80, 8080))
                .container(app().hostPort(80, 8080).build()).build(),
            "spec.containers[0].ports[0].hostPort: Duplicate value: \"/TCP/8080\""),
        invalid("a hostPort that differs from containerPort on the host network",
            Pod.named("web").hostNetwork(true).container(app().hostPort(80, 9090).build()).build(),
            "spec.containers[0].ports[0].hostPort: Invalid value: 9090: must match `containerPort` when "
                + "`hostNetwork` is true"));
  }

  static Stream<Arguments> resourceCases() {
    return Stream.of(
        invalid("a negative memory limit",
            withContainer(c -> c.resources(resources(Map.of("memory", "-1Gi"), Map.of()))),
            "spec.containers[0].resources.limits[memory]: Invalid value: \"-1Gi\": must be greater than or equal "
                + "to 0"),
        invalid("a cpu request above the cpu limit",
            withContainer(c -> c.resources(resources(Map.of("cpu", "500m"), Map.of("cpu", "1")))),
            "spec.containers[0].resources.requests: Invalid value: \"1\": must be less than or equal to cpu limit "
                + "of 500m"),
        invalid("a resource named gpu", withContainer(c -> c.resources(resources(Map.of("gpu", "1"), Map.of()))),
            "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for "
                + "containers"),
        invalid("an extended resource requested without a limit",
            withContainer(c -> c.resources(resources(Map.of(), Map.of("example.com/gpu", "1")))),
            "spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable "
                + "resources"),
        invalid("half an extended resource",
            withContainer(c -> c.resources(resources(Map.of("example.com/gpu", "500m"),
                Map.of("example.com/gpu", "500m")))),
            "spec.containers[0].resources.limits[example.com/gpu]: Invalid value: 500m: must be an integer",
            "spec.containers[0].resources.requests[example.com/gpu]: Invalid value: 500m: must be an integer"),
        invalid("huge pages without cpu or memory",
            withContainer(c -> c.resources(resources(Map.of("hugepages-2Mi", "4Mi"), Map.of()))),
            "spec.containers[0].resources: Forbidden: HugePages require cpu or memory"));
  }

  static Stream<Arguments> probeCases() {
    return Stream.of(
        invalid("a probe without a handler", withLiveness(new Probe(null, null, null, null, null, 5, null, null,
                null)),
            "spec.containers[0].livenessProbe: Required value: must specify a handler type"),
        invalid("a probe with two handlers",
            withContainer(c -> c.readinessProbe(new Probe(ExecAction.of("true"), null, TcpSocketAction.of(80),
                null, null, null, null, null, null))),
            "spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"),
        invalid("an exec probe without a command", withLiveness(Probe.of(new ExecAction(List.of()))),
            "spec.containers[0].livenessProbe.exec.command: Required value"),
        invalid("a liveness probe that needs two successes", withLiveness(probeWithTimings(null, null, null, 2, null)),
            "spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"),
        invalid("a startup probe that needs two successes",
            withContainer(c -> c.startupProbe(probeWithTimings(null, null, null, 2, null))),
            "spec.containers[0].startupProbe.successThreshold: Invalid value: 2: must be 1"),
        invalid("a negative initial delay", withLiveness(probeWithTimings(-5, null, null, null, null)),
            "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or "
                + "equal to 0"),
        invalid("a zero period", withLiveness(probeWithTimings(null, null, 0, null, null)),
            "spec.containers[0].livenessProbe.periodSeconds: Invalid value: 0: must be greater than or equal to 1"),
        invalid("a zero failure threshold", withLiveness(probeWithTimings(null, null, null, null, 0)),
            "spec.containers[0].livenessProbe.failureThreshold: Invalid value: 0: must be greater than or equal "
                + "to 1"),
        invalid("an httpGet probe on port 0", withLiveness(Probe.of(HttpGetAction.of("/healthz", 0))),
            "spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, "
                + "inclusive"),
        invalid("an httpGet probe on a port name the container does not declare",
            withLiveness(Probe.of(new HttpGetAction("/healthz", IntOrString.of("http"), null, null, null))),
            "spec.containers[0].livenessProbe.httpGet.port: Not found: \"http\""),
        invalid("an httpGet probe with scheme FTP",
            withLiveness(Probe.of(new HttpGetAction("/", IntOrString.of(80), null, "FTP", null))),
            "spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: \"FTP\": supported values: "
                + "\"HTTP\", \"HTTPS\""),
        invalid("a tcpSocket probe without a port", withLiveness(Probe.of(new TcpSocketAction(null, null))),
            "spec.containers[0].livenessProbe.tcpSocket.port: Required value"),
        invalid("a readiness probe with its own grace period",
            withContainer(c -> c.readinessProbe(new Probe(ExecAction.of("true"), null, null, null, null, null,
                null, null, 5L))),
            "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set "
                + "for readinessProbes"),
        invalid("a postStart hook without a handler",
            withContainer(c -> c.lifecycle(new Lifecycle(new LifecycleHandler(null, null, null), null))),
            "spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"),
        invalid("a preStop hook with two handlers",
            withContainer(c -> c.lifecycle(new Lifecycle(null, new LifecycleHandler(ExecAction.of("sleep", "1"),
                HttpGetAction.of("/stop", 80), null)))),
            "spec.containers[0].lifecycle.preStop.httpGet: Forbidden: may not specify more than 1 handler type"));
  }

  static Stream<Arguments> initContainerCases() {
    UnaryOperator<Container.Builder> init = c -> c.name("init").image("busybox");
    return Stream.of(
        invalid("an init container with a liveness probe",
            Pod.named("web").initContainer(c -> init.apply(c).livenessProbe(execProbe())).container(app().build())
                .build(),
            "spec.initContainers[0].livenessProbe: " + INIT_FORBIDDEN),
        invalid("an init container with a readiness and a startup probe",
            Pod.named("web").initContainer(c -> init.apply(c).readinessProbe(execProbe()).startupProbe(execProbe()))
                .container(app().build()).build(),
            "spec.initContainers[0].readinessProbe: " + INIT_FORBIDDEN,
            "spec.initContainers[0].startupProbe: " + INIT_FORBIDDEN),
        invalid("an init container with a lifecycle hook",
            Pod.named("web").initContainer(c -> init.apply(c).lifecycle(new Lifecycle(null,
                LifecycleHandler.of(ExecAction.of("true"))))).container(app().build()).build(),
            "spec.initContainers[0].lifecycle: " + INIT_FORBIDDEN),
        invalid("an init container with restartPolicy OnFailure",
            Pod.named("web").initContainer(c -> init.apply(c).restartPolicy("OnFailure")).container(app().build())
                .build(),
            "spec.initContainers[0].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""),
        invalid("a sidecar whose liveness probe needs two successes",
            Pod.named("web").sidecar(c -> init.apply(c).livenessProbe(probeWithTimings(null, null, null, 2, null)))
                .container(app().build()).build(),
            "spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPods")
  void anInvalidPodGetsExactlyTheseErrors(Pod pod, List<String> expectedLines) {
    assertEquals(expectedLines, PodValidator.validate(pod).stream().map(FieldError::toString).toList());
  }

  // ---- valid pods ----------------------------------------------------------------------------------------------

  static Stream<Arguments> validPods() {
    return Stream.of(
        Arguments.of(Named.of("the smallest pod", withPod(p -> p))),
        Arguments.of(Named.of("a pod using every feature", everything())),
        Arguments.of(Named.of("a pod named by generateName only",
            new Pod("v1", "Pod", new ObjectMeta(null, "web-", null, null, null, null, null, null, null),
                withPod(p -> p).spec(), null))),
        Arguments.of(Named.of("a readiness probe needing two successes",
            withContainer(c -> c.readinessProbe(probeWithTimings(0, 1, 10, 2, 3))))),
        Arguments.of(Named.of("one hostPort for TCP and for UDP",
            withContainer(c -> c.hostPort(53, 5353).port(ContainerPort.of(53).onHostPort(5353).withProtocol("UDP"))))),
        Arguments.of(Named.of("a hostPort equal to containerPort on the host network",
            Pod.named("web").hostNetwork(true).container(app().hostPort(8080, 8080).port(9090).build()).build())),
        Arguments.of(Named.of("dotted pod and node names", Pod.named("web.example.com").nodeName("node-1.local")
            .container(app().build()).build())));
  }

  /** A pod that touches every rule without breaking one. */
  static Pod everything() {
    Probe http = Probe.of(new HttpGetAction("/healthz", IntOrString.of("http"), null, "HTTPS", null))
        .withTimings(5, 2, 3, 1, 4);
    return Pod.named("web")
        .namespace("team-a")
        .label("app.kubernetes.io/name", "web")
        .label("tier", "")
        .annotation("Example.com/Owner", "me")
        .volume(Volume.emptyDir("scratch"))
        .volume(Volume.memory("shm"))
        .volume(Volume.hostPath("logs", "/var/log", "DirectoryOrCreate"))
        .volume(Volume.of("conf", new ConfigMapVolumeSource("conf",
            List.of(new KeyToPath("app.properties", "config/app.properties", 0600)), 0644, true)))
        .volume(Volume.secret("creds", "creds"))
        .initContainer(c -> c.name("setup").image("busybox").command("sh", "-c", "true").mount("scratch", "/work"))
        .sidecar(c -> c.name("log-collector").image("busybox").mount("logs", "/logs")
            .startupProbe(Probe.of(ExecAction.of("true"))).readinessProbe(Probe.of(TcpSocketAction.of(24224)))
            .lifecycle(new Lifecycle(null, LifecycleHandler.of(ExecAction.of("sleep", "1")))))
        .container(c -> c.name("app").image("registry.local:5000/web@sha256:abc")
            .port(ContainerPort.of(8443).withName("http")).hostPort(9000, 9000)
            .env("JAVA_OPTS", "-Xmx64m").env("my.env-name", "x")
            .resources(resources(Map.of("cpu", "1", "memory", "128Mi", "example.com/gpu", "1"),
                Map.of("cpu", "250m", "memory", "64Mi", "example.com/gpu", "1")))
            .mount(VolumeMount.of("conf", "/etc/app").asReadOnly())
            .mount(VolumeMount.of("scratch", "/tmp/work").withSubPath("app"))
            .mount("shm", "/dev/shm").mount("creds", "/run/secrets")
            .livenessProbe(http).readinessProbe(http)
            .lifecycle(new Lifecycle(LifecycleHandler.of(HttpGetAction.of("/started", 8443)), null))
            .imagePullPolicy("IfNotPresent")
            .securityContext(new SecurityContext(new Capabilities(List.of("NET_ADMIN"), List.of("ALL")), false,
                1000L, 1000L, true, true, false)))
        .container(c -> c.name("metrics").image("busybox").port(ContainerPort.of(9100).withProtocol("SCTP")))
        .restartPolicy("OnFailure")
        .terminationGracePeriodSeconds(0)
        .nodeSelector("kubernetes.io/os", "linux")
        .shareProcessNamespace(true)
        .hostname("web-0")
        .hostAlias("10.0.0.7", "db", "db.local")
        .hostAlias("2001:db8::ffff", "v6.local")
        .hostAlias("::ffff:10.1.2.3", "mapped.local")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validPods")
  void aValidPodHasNoErrorsBeforeAndAfterDefaulting(Pod pod) {
    assertEquals(List.of(), PodValidator.validate(pod));
    assertEquals(List.of(), PodValidator.validate(Defaults.apply(pod)));
  }

  // ---- all problems at once, in field order --------------------------------------------------------------------

  @Test
  void threeIndependentMistakesGiveExactlyThreeLinesInFieldOrder() {
    Pod pod = Pod.named("web")
        .restartPolicy("Sometimes")
        .container(c -> c.name("app"))
        .container(c -> c.name("sidecar").image("busybox").mount("shared", "/shared"))
        .build();
    assertEquals(List.of(
            "spec.containers[0].image: Required value",
            "spec.containers[1].volumeMounts[0].name: Not found: \"shared\"",
            "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", "
                + "\"Never\""),
        PodValidator.validate(pod).stream().map(FieldError::toString).toList());
  }

  @Test
  void metadataErrorsComeBeforeSpecErrors() {
    Pod pod = Pod.named("Web").volume(Volume.emptyDir("Data")).container(c -> c.name("app")).build();
    assertEquals(List.of("metadata.name", "spec.volumes[0].name", "spec.containers[0].image"),
        PodValidator.validate(pod).stream().map(FieldError::field).toList());
  }

  @Test
  void validateOrThrowReturnsAValidPodUnchanged() {
    Pod pod = withPod(p -> p);
    assertSame(pod, PodValidator.validateOrThrow(pod));
  }

  @Test
  void validateOrThrowNamesThePodAndListsEveryErrorOnItsOwnLine() {
    Pod pod = Pod.named("web").restartPolicy("Sometimes").container(c -> c.name("app")).build();
    PodValidationException e = assertThrows(PodValidationException.class, () -> PodValidator.validateOrThrow(pod));
    assertEquals("""
        The Pod "web" is invalid:
        * spec.containers[0].image: Required value
        * spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never\"""",
        e.getMessage());
    assertEquals(2, e.errors().size());
    assertEquals("web", e.podName());
    assertEquals(FieldError.ErrorType.REQUIRED, e.errors().get(0).type());
  }

  @Test
  void aPodValidationExceptionIsAWhalepodException() {
    Pod pod = Pod.named(null).container(app().build()).build();
    io.whalepod.WhalepodException e = assertThrows(io.whalepod.WhalepodException.class,
        () -> PodValidator.validateOrThrow(pod));
    assertEquals("The Pod is invalid:\n* metadata.name: Required value: name or generateName is required",
        e.getMessage());
  }

  @Test
  void errorsAreUnmodifiable() {
    List<FieldError> errors = PodValidator.validate(Pod.named("web").build());
    assertThrows(UnsupportedOperationException.class, () -> errors.add(null));
  }

  @Test
  void anEnvVarListBuiltWithRecordsIsValidatedLikeOneBuiltFluently() {
    Container c = new Container("app", "busybox", null, null, null, null,
        List.of(EnvVar.of("OK", "1"), EnvVar.of("", "2")), null, null, null, null, null, null, null, null, null,
        null, null);
    assertEquals(List.of("spec.containers[0].env[1].name: Required value"),
        PodValidator.validate(Pod.named("web").container(c).build()).stream().map(FieldError::toString).toList());
  }

  @Test
  void hostAliasesAcceptIpv4AndIpv6Forms() {
    for (String ip : List.of("10.0.0.1", "010.000.000.001", "::", "::1", "fe80::1", "2001:db8:0:0:0:0:0:1",
        "::ffff:192.168.0.1", "1:2:3:4:5:6:7::")) {
      assertEquals(List.of(), PodValidator.validate(withPod(p -> p.hostAlias(ip, "h"))), ip);
    }
    for (String ip : List.of("", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::1%eth0",
        "1.2.3.4::", "localhost", "12345::1")) {
      assertEquals(1, PodValidator.validate(withPod(p -> p.hostAlias(ip, "h"))).size(), ip);
    }
  }

  @Test
  void aHostAliasFromARecordWithoutHostnamesIsRequired() {
    Pod pod = new Pod("v1", "Pod", ObjectMeta.named("web"), withPod(p -> p).spec(), null);
    Pod withAlias = pod.withSpec(new io.whalepod.model.PodSpec(null, null, pod.spec().containers(), null, null,
        null, null, null, null, null, null, null, List.of(new HostAlias("10.0.0.1", null))));
    assertEquals(List.of("spec.hostAliases[0].hostnames: Required value"),
        PodValidator.validate(withAlias).stream().map(FieldError::toString).toList());
  }
}
