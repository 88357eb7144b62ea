package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.whalepod.model.Pod;
import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed article's Pod manifest (images renamed to local ones only) parses and validates, before and after defaults. */
class SeedManifestsTest {

  static Stream<Path> seedManifests() throws IOException {
    return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedManifests")
  void seedManifestIsAValidPod(Path file) {
    Manifest manifest = ManifestReader.read(file);
    assertFalse(manifest.pods().isEmpty());
    for (Pod pod : manifest.pods()) {
      assertEquals(List.of(), PodValidator.validate(pod));
      Pod defaulted = Defaults.apply(pod);
      assertEquals(List.of(), PodValidator.validate(defaulted));
      assertEquals(defaulted, Defaults.apply(defaulted), "defaults are idempotent");
    }
  }
}
