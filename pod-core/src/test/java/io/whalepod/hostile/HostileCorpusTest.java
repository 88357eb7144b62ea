package io.whalepod.hostile;

import static io.whalepod.hostile.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.WhalepodException;
import io.whalepod.validation.FieldError;
import io.whalepod.validation.PodValidationException;
import io.whalepod.yaml.ManifestException;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed corpus of bad manifests ({@code src/test/resources/hostile}): each gives one typed error that says
 * where the problem is. A manifest error carries the file, line and column (and field path once the YAML is
 * read); a validation error names the field, as {@code kubectl} does.
 */
class HostileCorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "hostile");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // file                                | error    | line | field path
      "syntax-unclosed-flow.yaml             | manifest | 4    | metadata.name",
      "syntax-tab-indent.yaml                | manifest | 4    | -",
      "syntax-bad-indent.yaml                | manifest | 5    | -",
      "syntax-unterminated-quote.yaml        | manifest | 9    | -",
      "syntax-truncated-json.json            | manifest | 2    | -",
      "syntax-complex-key.yaml               | manifest | 4    | metadata",
      "type-string-for-port.yaml             | manifest | 10   | spec.containers[0].ports[0].containerPort",
      "type-number-for-image.yaml            | manifest | 8    | spec.containers[0].image",
      "type-bool-for-env-value.yaml          | manifest | 11   | spec.containers[0].env[0].value",
      "type-float-for-port.yaml              | manifest | 10   | spec.containers[0].ports[0].containerPort",
      "type-list-for-metadata.yaml           | manifest | 3    | metadata",
      "type-object-for-command.yaml          | manifest | 9    | spec.containers[0].command",
      "type-scalar-for-containers.yaml       | manifest | 6    | spec.containers",
      "number-negative-port.yaml             | invalid  | -    | spec.containers[0].ports[0].containerPort",
      "number-port-above-65535.yaml          | invalid  | -    | spec.containers[0].ports[0].hostPort",
      "number-port-beyond-int.yaml           | manifest | 10   | spec.containers[0].ports[0].containerPort",
      "number-negative-grace-period.yaml     | invalid  | -    | spec.terminationGracePeriodSeconds",
      "number-grace-period-beyond-long.yaml  | manifest | 6    | spec.terminationGracePeriodSeconds",
      "number-negative-memory.yaml           | invalid  | -    | spec.containers[0].resources.limits[memory]",
      "number-infinite-cpu.yaml              | manifest | 11   | spec.containers[0].resources.limits.cpu",
      "number-negative-user.yaml             | invalid  | -    | spec.containers[0].securityContext.runAsUser",
      "unknown-field-in-container.yaml       | manifest | 9    | spec.containers[0].privilegedd",
      "unknown-field-at-top.yaml             | manifest | 5    | specs",
      "kind-deployment.yaml                  | manifest | -    | -",
      "kind-missing.yaml                     | manifest | -    | -",
      "apiversion-v2.yaml                    | invalid  | -    | apiVersion",
      "apiversion-missing.yaml               | invalid  | -    | apiVersion",
      "alias-billion-laughs.yaml             | manifest | 10   | spec.containers[0].args[0]",
      "alias-billion-laughs-classic.yaml     | manifest | 2    | -",
      "alias-scalar.yaml                     | manifest | 7    | spec.containers[0]",
      "alias-merge-key.yaml                  | manifest | 10   | spec.containers[1]",
      "name-uppercase.yaml                   | invalid  | -    | metadata.name",
      "name-underscore-container.yaml        | invalid  | -    | spec.containers[0].name",
      "name-dotted-namespace.yaml            | invalid  | -    | metadata.namespace",
      "name-trailing-dash-volume.yaml        | invalid  | -    | spec.volumes[0].name",
      "shell-semicolon-pod-name.yaml         | invalid  | -    | metadata.name",
      "shell-substitution-container-name.yaml| invalid  | -    | spec.containers[0].name",
      "shell-backticks-namespace.yaml        | invalid  | -    | metadata.namespace",
      "shell-pipe-label-value.yaml           | invalid  | -    | metadata.labels",
      "shell-ampersand-hostname.yaml         | invalid  | -    | spec.hostname",
      "shell-newline-env-name.yaml           | invalid  | -    | spec.containers[0].env[0].name",
      "shell-dotdot-host-path.yaml           | invalid  | -    | spec.volumes[0].hostPath.path",
  })
  void eachBadManifestGivesOneTypedErrorThatSaysWhere(String file, String error, Integer line, String fieldPath) {
    Path path = CORPUS.resolve(file);
    WhalepodException e = rejectionOf(() -> ManifestReader.read(path));
    if (error.equals("manifest")) {
      ManifestException m = assertInstanceOf(ManifestException.class, e, e.getMessage());
      assertTrue(m.getMessage().startsWith(path + ":"), m.getMessage());
      assertFalse(m.getMessage().contains("\n"), "one line: " + m.getMessage());
      if (line != null) {
        assertEquals(line, m.line(), m.getMessage()); // for an unclosed quote: the end, naming where it opened
        assertTrue(m.column() > 0, m.getMessage());
      }
      if (fieldPath != null) {
        assertEquals(fieldPath, m.fieldPath(), m.getMessage());
      }
    } else {
      PodValidationException v = assertInstanceOf(PodValidationException.class, e, e.getMessage());
      Set<String> fields = v.errors().stream().map(FieldError::field).collect(Collectors.toSet());
      assertTrue(fields.contains(fieldPath), fieldPath + " not in " + v.getMessage());
    }
  }

  @Test
  void everyFileOfTheCorpusIsInTheTable() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      assertEquals(42, files.count(), "a file was added to the corpus without an expected outcome");
    }
  }
}
