package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.whalepod.model.ConfigMapVolumeSource;
import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.ExecAction;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.IntOrString;
import io.whalepod.model.Lifecycle;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.ObjectMeta;
import io.whalepod.model.Pod;
import io.whalepod.model.Probe;
import io.whalepod.model.Quantity;
import io.whalepod.model.SecretVolumeSource;
import io.whalepod.model.Volume;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultsTest {

  @ParameterizedTest(name = "image \"{0}\" is pulled {1}")
  @CsvSource(delimiter = '|', value = {
      "busybox                                 | Always",
      "busybox:latest                          | Always",
      "busybox:1.36                            | IfNotPresent",
      "library/busybox:1.36                    | IfNotPresent",
      "registry.local:5000/busybox             | Always",
      "registry.local:5000/busybox:latest      | Always",
      "registry.local:5000/team/busybox:1.36   | IfNotPresent",
      "busybox@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 | IfNotPresent",
      "registry.local:5000/busybox@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 | IfNotPresent",
      "busybox:1.36@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 | IfNotPresent",
      "busybox:latest@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 | Always",
      "localhost/whalepod/pause:0.1            | IfNotPresent"})
  void theImageTagDecidesThePullPolicy(String image, String policy) {
    assertEquals(policy, Defaults.imagePullPolicy(image));
    Pod pod = Defaults.apply(Pod.named("web").container(c -> c.name("app").image(image)).build());
    assertEquals(policy, pod.spec().containers().get(0).imagePullPolicy());
  }

  @Test
  void aMinimalPodGetsEveryKubernetesDefault() {
    Pod pod = Defaults.apply(Pod.named("web")
        .volume(Volume.hostPath("logs", "/var/log", null))
        .volume(Volume.configMap("conf", "conf"))
        .volume(Volume.secret("creds", "creds"))
        .initContainer(c -> c.name("init").image("busybox:1.36"))
        .container(c -> c.name("app").image("busybox").port(8080)
            .livenessProbe(Probe.of(new HttpGetAction(null, IntOrString.of(8080), null, null, null)))
            .readinessProbe(Probe.of(ExecAction.of("true")))
            .lifecycle(new Lifecycle(null, LifecycleHandler.of(new HttpGetAction("", IntOrString.of(8080), null,
                "", null)))))
        .build());

    assertEquals("default", pod.metadata().namespace());
    assertEquals("Always", pod.spec().restartPolicy());
    assertEquals(30L, pod.spec().terminationGracePeriodSeconds());
    assertEquals("", pod.spec().volumes().get(0).hostPath().type());
    assertEquals(420, pod.spec().volumes().get(1).configMap().defaultMode());
    assertEquals(420, pod.spec().volumes().get(2).secret().defaultMode());
    assertEquals("IfNotPresent", pod.spec().initContainers().get(0).imagePullPolicy());
    Container app = pod.spec().containers().get(0);
    assertEquals("Always", app.imagePullPolicy());
    assertEquals("TCP", app.ports().get(0).protocol());
    assertNull(app.ports().get(0).hostPort());
    Probe liveness = app.livenessProbe();
    assertEquals(List.of(1, 10, 1, 3), List.of(liveness.timeoutSeconds(), liveness.periodSeconds(),
        liveness.successThreshold(), liveness.failureThreshold()));
    assertNull(liveness.initialDelaySeconds(), "Kubernetes leaves initialDelaySeconds unset");
    assertEquals("/", liveness.httpGet().path());
    assertEquals("HTTP", liveness.httpGet().scheme());
    assertEquals(10, app.readinessProbe().periodSeconds());
    HttpGetAction preStop = app.lifecycle().preStop().httpGet();
    assertEquals(List.of("/", "HTTP"), List.of(preStop.path(), preStop.scheme()));
  }

  @Test
  void whatTheUserWroteIsKept() {
    Probe probe = Probe.of(new HttpGetAction("/healthz", IntOrString.of(8443), null, "HTTPS", null))
        .withTimings(7, 2, 5, 2, 9);
    Pod pod = Pod.named("web").namespace("prod").restartPolicy("Never").terminationGracePeriodSeconds(5)
        .volume(Volume.hostPath("logs", "/var/log", "Directory"))
        .volume(Volume.of("conf", new ConfigMapVolumeSource("conf", null, 0400, null)))
        .volume(Volume.of("creds", new SecretVolumeSource("creds", null, 0440, null)))
        .container(c -> c.name("app").image("busybox").imagePullPolicy("Never")
            .port(ContainerPort.of(53).withProtocol("UDP")).readinessProbe(probe))
        .build();
    Pod defaulted = Defaults.apply(pod);
    assertEquals(pod.metadata(), defaulted.metadata());
    assertEquals("Never", defaulted.spec().restartPolicy());
    assertEquals(5L, defaulted.spec().terminationGracePeriodSeconds());
    assertEquals(pod.spec().volumes(), defaulted.spec().volumes());
    assertEquals(pod.spec().containers(), defaulted.spec().containers());
  }

  @Test
  void aPodOnTheHostNetworkPublishesEachContainerPortAsItself() {
    Pod pod = Defaults.apply(Pod.named("web").hostNetwork(true)
        .initContainer(c -> c.name("init").image("busybox").port(9000))
        .container(c -> c.name("app").image("busybox").port(8080).hostPort(8443, 8443))
        .build());
    assertEquals(9000, pod.spec().initContainers().get(0).ports().get(0).hostPort());
    assertEquals(List.of(8080, 8443),
        pod.spec().containers().get(0).ports().stream().map(ContainerPort::hostPort).toList());
    assertEquals(List.of(), PodValidator.validate(pod));
  }

  @Test
  void aLimitWithoutARequestBecomesTheRequest() {
    Pod pod = Defaults.apply(Pod.named("web")
        .container(c -> c.name("app").image("busybox").resources(new io.whalepod.model.ResourceRequirements(
                Map.of("cpu", Quantity.parse("500m"), "memory", Quantity.parse("64Mi")),
                Map.of("cpu", Quantity.parse("250m")))))
        .build());
    Map<String, Quantity> requests = pod.spec().containers().get(0).resources().requests();
    assertEquals(Quantity.parse("250m"), requests.get("cpu"));
    assertEquals(Quantity.parse("64Mi"), requests.get("memory"));
  }

  @Test
  void aVolumeWithoutASourceBecomesAnEmptyDir() {
    Pod pod = Defaults.apply(Pod.named("web").volume(new Volume("scratch", null, null, null, null))
        .container(c -> c.name("app").image("busybox").mount("scratch", "/scratch")).build());
    assertEquals(Volume.emptyDir("scratch"), pod.spec().volumes().get(0));
    assertEquals(List.of(), PodValidator.validate(pod));
  }

  @Test
  void metadataAndSpecThatAreMissingStayMissing() {
    Pod pod = new Pod("v1", "Pod", null, null, null);
    assertEquals(pod, Defaults.apply(pod));
  }

  @Test
  void anEmptyNamespaceBecomesDefault() {
    Pod pod = new Pod("v1", "Pod", ObjectMeta.named("web").withNamespace(""), null, null);
    assertEquals("default", Defaults.apply(pod).metadata().namespace());
  }

  static Stream<Arguments> pods() {
    return Stream.of(
        Arguments.of(Named.of("the smallest pod", Pod.named("web").container(c -> c.name("a").image("b")).build())),
        Arguments.of(Named.of("a pod using every feature", PodValidatorTest.everything())),
        Arguments.of(Named.of("a pod on the host network", Pod.named("web").hostNetwork(true)
            .container(c -> c.name("a").image("b").port(80)).build())),
        Arguments.of(Named.of("an invalid pod", Pod.named("Web_1").volume(new Volume("v", null, null, null, null))
            .container(c -> c.name("a").limit("cpu", "-1")).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pods")
  void defaultingTwiceChangesNothingMore(Pod pod) {
    Pod once = Defaults.apply(pod);
    assertEquals(once, Defaults.apply(once));
  }
}
