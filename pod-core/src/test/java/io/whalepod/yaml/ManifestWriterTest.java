package io.whalepod.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ManifestWriterTest {

  static Stream<Path> examples() throws IOException {
    return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void yamlToModelToYamlIsStable(Path example) {
    Manifest first = ManifestReader.read(example);
    String once = ManifestWriter.toYaml(first.pods());
    String twice = ManifestWriter.toYaml(ManifestReader.readString(once).pods());
    assertEquals(once, twice);
    assertEquals(first.pods(), ManifestReader.readString(once).pods());
  }

  @Test
  void builtPodSerialisesLikeKubectlWithoutNullsOrEmptyLists() {
    Pod pod = Pod.named("web")
        .volume(Volume.emptyDir("data"))
        .container(c -> c.name("httpd").image("busybox").command("httpd", "-f").mount("data", "/data"))
        .build();
    String yaml = ManifestWriter.toYaml(pod);
    assertTrue(yaml.startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  volumes:\n"), yaml);
    assertTrue(yaml.contains("  - name: data\n    emptyDir: {}\n"), yaml);
    assertTrue(yaml.contains("    command:\n    - httpd\n    - -f\n"), yaml);
    assertFalse(yaml.contains("null"), yaml);
    assertFalse(yaml.contains("[]"), yaml);
    String json = ManifestWriter.toJson(pod);
    assertTrue(json.contains("\"emptyDir\": {}"), json);
  }

  @Test
  void stringsThatLookLikeNumbersStayStrings() {
    Pod pod = Pod.named("web").label("version", "1").label("enabled", "true")
        .container(c -> c.name("a").image("busybox").env("PORT", "8080")).build();
    Pod back = ManifestReader.readPod(ManifestWriter.toYaml(pod));
    assertEquals(pod, back);
  }
}
