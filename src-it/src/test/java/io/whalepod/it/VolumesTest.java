package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodHandle;
import io.whalepod.yaml.ManifestReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Volume kinds as docs/behaviour.md §3 maps them: ConfigMap/Secret files, shared tmpfs, subPath, readOnly. */
class VolumesTest {
  private static final String MANIFEST = """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: app-config}
      data:
        app.properties: "greeting=hello"
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: app-secret}
      data:
        password: aHVudGVyMg==
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: volumes}
      spec:
        volumes:
        - {name: config, configMap: {name: app-config}}
        - {name: secret, secret: {secretName: app-secret}}
        - {name: scratch, emptyDir: {medium: Memory}}
        - {name: data, emptyDir: {}}
        containers:
        - name: writer
          image: whalepod/busybox
          imagePullPolicy: IfNotPresent
          command: ["sh", "-c", "echo shared > /scratch/file; mkdir -p /data/sub; echo sub > /data/sub/only; sleep 600"]
          volumeMounts:
          - {name: scratch, mountPath: /scratch}
          - {name: data, mountPath: /data}
        - name: reader
          image: whalepod/busybox
          imagePullPolicy: IfNotPresent
          command: ["sleep", "600"]
          volumeMounts:
          - {name: config, mountPath: /etc/app}
          - {name: secret, mountPath: /etc/secret}
          - {name: scratch, mountPath: /scratch}
          - {name: data, mountPath: /sub, subPath: sub}
          - {name: data, mountPath: /ro, readOnly: true}
      """;

  @Test
  void everyVolumeKindIsSeenAsKubernetesMountsIt() {
    PodHandle pod = Engine.RUNTIME.apply(ManifestReader.readString(MANIFEST)).get(0);
    try {
      assertEquals("greeting=hello", exec(pod, "cat", "/etc/app/app.properties"));
      assertEquals("hunter2", exec(pod, "cat", "/etc/secret/password"));
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> pod.exec("reader", "cat", "/scratch/file").stdout().equals("shared\n"));
      assertTrue(exec(pod, "sh", "-c", "grep ' /scratch ' /proc/mounts").contains("tmpfs"));
      assertEquals("sub\n", exec(pod, "cat", "/sub/only"));
      assertNotEquals(0, pod.exec("reader", "touch", "/ro/nope").exitCode(), "readOnly mount is writable");
      assertNotEquals(0, pod.exec("reader", "touch", "/etc/app/nope").exitCode(), "configMap mount is writable");
    } finally {
      pod.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(pod.uid()));
  }

  private static String exec(PodHandle pod, String... command) {
    ExecResult result = pod.exec("reader", command);
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }
}
