package io.whalepod.junit;

import io.whalepod.model.Pod;
import io.whalepod.yaml.Manifest;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Where a {@link TestPod}'s pod comes from: built in Java or read from a classpath resource. */
sealed interface PodSource {

  /** The manifest holding exactly one pod, plus the ConfigMaps and Secrets it may mount. */
  Manifest load(ClassLoader loader);

  /** Names the source in error messages. */
  String describe();

  /** A pod built in Java. */
  record Built(Pod pod) implements PodSource {
    @Override
    public Manifest load(ClassLoader loader) {
      return Manifest.of(List.of(pod));
    }

    @Override
    public String describe() {
      return "pod/" + pod.name();
    }
  }

  /** A YAML resource on the test's class path, read when the pod starts so errors surface in the test run. */
  record YamlResource(String path) implements PodSource {
    @Override
    public Manifest load(ClassLoader loader) {
      String name = path.startsWith("/") ? path.substring(1) : path;
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalArgumentException("classpath resource \"" + name + "\" not found (is it under "
              + "src/test/resources?)");
        }
        Manifest manifest = ManifestReader.read(in, name);
        if (manifest.pods().size() != 1) {
          throw new IllegalArgumentException(name + ": a TestPod needs exactly one Pod document, found "
              + manifest.pods().size() + "; declare one TestPod per file");
        }
        return manifest;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read classpath resource " + name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String describe() {
      return "classpath:" + path;
    }
  }
}
