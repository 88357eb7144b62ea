package io.whalepod.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import io.whalepod.model.Quantity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {

  private static final String MINIMAL = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: httpd
          image: busybox
      """;

  @Test
  void anEmptyPortNameIsUnsetAndThePodReadsBackAsWritten() {
    Pod pod = ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {name: ports}
        spec:
          containers: [{name: app, image: busybox, ports: [{name: "", containerPort: 80, hostIP: ""}]}]
        """).pods().get(0);
    assertNull(pod.spec().containers().get(0).ports().get(0).name());
    assertEquals(pod, ManifestReader.readPod(ManifestWriter.toJson(pod)));
  }

  @Test
  void aPodBeingDeletedReadsAndWritesItsDeletionTimeAndGrace() {
    Pod pod = ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {name: going, deletionTimestamp: "2026-01-01T00:00:00Z", deletionGracePeriodSeconds: 30}
        spec:
          containers: [{name: app, image: busybox}]
        """).pods().get(0);
    assertEquals(30L, pod.metadata().deletionGracePeriodSeconds());
    assertEquals(java.time.Instant.parse("2026-01-01T00:00:00Z"), pod.metadata().deletionTimestamp());
    assertTrue(ManifestWriter.toYaml(pod).contains("deletionGracePeriodSeconds: 30"), ManifestWriter.toYaml(pod));
  }

  @Test
  void readsEveryDocumentOfAMultiDocumentStream() {
    Manifest manifest = ManifestReader.readString("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: conf
        data:
          app.properties: "a=1"
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        stringData:
          password: hunter2
        ---
        """ + MINIMAL + "---\n" + MINIMAL.replace("name: web", "name: api"));
    assertEquals(2, manifest.pods().size());
    assertEquals("api", manifest.pods().get(1).name());
    assertEquals("a=1", manifest.configMaps().get("conf").data().get("app.properties"));
    assertEquals("hunter2", new String(manifest.secrets().get("creds").decoded().get("password")));
  }

  @Test
  void unknownFieldIsAnErrorWithLineColumnAndPath() {
    ManifestException e = assertThrows(ManifestException.class,
        () -> ManifestReader.readString(MINIMAL.replace("image: busybox", "imagee: busybox")));
    assertEquals(8, e.line());
    assertEquals("spec.containers[0].imagee", e.fieldPath());
    assertEquals("unknown field \"imagee\"", e.problem());
    assertTrue(e.getMessage().startsWith("<string>:8:"), e.getMessage());
  }

  @Test
  void syntaxErrorCarriesLineAndColumn() {
    ManifestException e = assertThrows(ManifestException.class,
        () -> ManifestReader.readString("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n"));
    assertTrue(e.line() >= 4, e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a string where a number belongs | containerPort: 8080 | containerPort: \"8080\" | spec.containers[0].ports[0].containerPort",
  })
  void wrongTypesNameTheField(String description, String from, String to, String path) {
    String yaml = MINIMAL.replace("    image: busybox", "    image: busybox\n    ports:\n    - containerPort: 8080")
        .replace(from, to.replace("\\n", "\n"));
    ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.readString(yaml));
    assertEquals(path, e.fieldPath(), e.getMessage());
  }

  @Test
  void aListWhereAnObjectBelongsNamesTheField() {
    ManifestException e = assertThrows(ManifestException.class,
        () -> ManifestReader.readString(MINIMAL.replace("metadata:\n  name: web", "metadata: []")));
    assertEquals("metadata", e.fieldPath(), e.getMessage());
    assertEquals(3, e.line(), e.getMessage());
  }

  @Test
  void unsupportedKindIsNamed() {
    ManifestException e = assertThrows(ManifestException.class,
        () -> ManifestReader.readString(MINIMAL.replace("kind: Pod", "kind: Deployment")));
    assertTrue(e.getMessage().contains("\"Deployment\""), e.getMessage());
  }

  @Test
  void duplicateKeysAreErrors() {
    assertThrows(ManifestException.class,
        () -> ManifestReader.readString(MINIMAL.replace("  name: web", "  name: web\n  name: again")));
  }

  @Test
  void aliasBombIsRejectedQuickly() {
    StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    assertThrows(ManifestException.class, () -> ManifestReader.readString(bomb.toString()));
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertTrue(ManifestReader.readString("").pods().isEmpty());
    assertTrue(ManifestReader.readString("---\n---\n").pods().isEmpty());
  }

  @Test
  void quantitiesAndIntOrStringPortsAreRead() {
    Pod pod = ManifestReader.readPod(MINIMAL.replace("    image: busybox", """
            image: busybox
            resources:
              limits: {memory: 64Mi, cpu: 2}
              requests: {cpu: 0.5}
            livenessProbe:
              httpGet: {path: /, port: http}
            readinessProbe:
              tcpSocket: {port: 8080}
        """.stripTrailing()));
    var container = pod.spec().containers().get(0);
    assertEquals(Map.of("memory", Quantity.parse("64Mi"), "cpu", Quantity.parse("2")), container.resources().limits());
    assertEquals(500, container.resources().requests().get("cpu").milliValue());
    assertEquals("http", container.livenessProbe().httpGet().port().name());
    assertEquals(8080, container.readinessProbe().tcpSocket().port().number());
    assertNull(pod.status());
  }
}
