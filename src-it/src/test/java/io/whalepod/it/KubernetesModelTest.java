package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code get pod NAME -o json} of a running pod is a Kubernetes Pod as fabric8's model knows it: every field lands in
 * a typed property, none in {@code additionalProperties} (a misspelt or invented field would).
 */
class KubernetesModelTest {
  private static final String NAME = "model-check";

  @Test
  void getPodJsonIsAFabric8PodWithNoUnknownField() throws Exception {
    Path manifest = Files.createTempFile("model-check", ".yaml");
    Files.writeString(manifest, """
        apiVersion: v1
        kind: Pod
        metadata:
          name: model-check
          labels: {app: model-check}
          annotations: {note: checked}
        spec:
          volumes:
          - name: shared-data
            emptyDir: {}
          initContainers:
          - name: init
            image: whalepod/busybox
            imagePullPolicy: Never
            command: ["sh", "-c", "echo ready > /data/x"]
            volumeMounts:
            - {name: shared-data, mountPath: /data}
          containers:
          - name: web
            image: whalepod/busybox
            imagePullPolicy: Never
            command: ["httpd", "-f", "-p", "8080", "-h", "/data"]
            env:
            - {name: MODE, value: test}
            ports:
            - {name: http, containerPort: 8080}
            volumeMounts:
            - {name: shared-data, mountPath: /data, readOnly: true}
          - name: tty
            image: whalepod/busybox
            imagePullPolicy: Never
            stdin: true
            tty: true
        """);
    try {
      Cli.Result applied = Cli.run("apply", "-f", manifest.toString(), "--wait");
      assertEquals(0, applied.exitCode(), applied.stderr());
      Cli.Result got = Cli.run("get", "pod", NAME, "-o", "json");
      assertEquals(0, got.exitCode(), got.stderr());

      Pod pod = new ObjectMapper().readValue(got.stdout(), Pod.class);
      assertEquals("Pod", pod.getKind());
      assertEquals(NAME, pod.getMetadata().getName());
      assertEquals("Running", pod.getStatus().getPhase());
      assertEquals(List.of("web", "tty"), pod.getSpec().getContainers().stream().map(Container::getName).toList());
      assertEquals(8080, pod.getSpec().getContainers().get(0).getPorts().get(0).getContainerPort());
      assertNotNull(pod.getSpec().getVolumes().get(0).getEmptyDir());
      assertFalse(pod.getStatus().getConditions().isEmpty());
      assertEquals(2, pod.getStatus().getContainerStatuses().size());
      for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
        assertNotNull(status.getState().getRunning(), status.getName());
      }
      assertEquals(0, pod.getStatus().getInitContainerStatuses().get(0).getState().getTerminated().getExitCode());

      List<String> unknown = new ArrayList<>();
      int visited = walk(pod, "pod", unknown);
      assertEquals(List.of(), unknown, "fields fabric8 does not know");
      assertTrue(visited > 20, "walked " + visited + " objects");
    } finally {
      Cli.run("delete", "pod", NAME, "--grace-period=0");
      Files.delete(manifest);
    }
    assertEquals(0, Engine.leftoversOfPodNamed(NAME));
  }

  /**
   * Visits every fabric8 model object reachable through getters (pod, metadata, spec, containers, ports,
   * volumeMounts, volumes, status, conditions, containerStatuses, states...), noting each non-empty
   * additionalProperties with its path. Returns how many objects were visited.
   */
  private static int walk(Object node, String path, List<String> unknown) throws Exception {
    if (node instanceof Collection<?> items) {
      int count = 0;
      int i = 0;
      for (Object item : items) {
        count += walk(item, path + "[" + i++ + "]", unknown);
      }
      return count;
    }
    if (node instanceof Map<?, ?> map) {
      int count = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        count += walk(e.getValue(), path + "[" + e.getKey() + "]", unknown);
      }
      return count;
    }
    if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
      return 0;
    }
    int count = 1;
    for (Method getter : node.getClass().getMethods()) {
      if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
        continue;
      }
      Object value = getter.invoke(node);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          unknown.add(path + ": " + extra);
        }
        continue;
      }
      String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
      count += walk(value, path + "." + field, unknown);
    }
    return count;
  }
}
