package io.whalepod.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.whalepod.model.Pod;
import io.whalepod.validation.Defaults;
import io.whalepod.validation.PodValidationException;
import io.whalepod.yaml.ManifestException;
import io.whalepod.yaml.ManifestReader;
import io.whalepod.yaml.ManifestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The seed manifests ({@code examples/*.yaml}), broken at random: whatever the damage, reading and validating
 * gives a valid pod or one of the two typed errors, and a pod that is valid survives the JSON round trip that the
 * runtime stores on its sandbox label (another process reads the pod back from it).
 */
class MutatedManifestPropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SEEDS = seeds();

  @Property(tries = 400)
  void aMutatedSeedIsAValidPodOrATypedError(@ForAll("mutatedSeeds") String yaml) {
    List<Pod> pods;
    try {
      pods = Rejections.load(() -> ManifestReader.readString(yaml));
    } catch (ManifestException e) {
      Statistics.label("outcome").collect("ManifestException");
      return;
    } catch (PodValidationException e) {
      Statistics.label("outcome").collect("PodValidationException");
      return;
    }
    Statistics.label("outcome").collect("valid");
    for (Pod pod : pods) {
      // Defaults again: the writer omits empty values, such as the defaulted hostPath type "".
      Pod readBack = Defaults.apply(ManifestReader.readPod(ManifestWriter.toJson(pod)));
      assertEquals(pod, readBack, "the pod as the sandbox label holds it");
    }
  }

  @Provide
  Arbitrary<String> mutatedSeeds() {
    return Arbitraries.of(SEEDS).flatMap(seed -> mutations().list().ofMinSize(1).ofMaxSize(4)
        .map(changes -> {
          String yaml = seed;
          for (ManifestMutation change : changes) {
            yaml = change.applyTo(yaml);
          }
          return yaml;
        }));
  }

  private static Arbitrary<ManifestMutation> mutations() {
    Arbitrary<Integer> selector = Arbitraries.integers().between(0, 10_000);
    return Arbitraries.oneOf(
        selector.map(ManifestMutation.DeleteValue::new),
        net.jqwik.api.Combinators.combine(selector, junkValues()).as(ManifestMutation.ReplaceValue::new),
        selector.map(ManifestMutation.DuplicateEntry::new),
        net.jqwik.api.Combinators.combine(selector, keys(), junkValues()).as(ManifestMutation.InsertValue::new),
        selector.map(ManifestMutation.DeleteLine::new),
        selector.map(ManifestMutation.DuplicateLine::new),
        net.jqwik.api.Combinators.combine(selector, junkText()).as(ManifestMutation.InsertText::new));
  }

  /** Values of every YAML type, at the edges: out of range, wrong sign, shell metacharacters, too long, empty. */
  private static Arbitrary<JsonNode> junkValues() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, -1L, 1L, 65535L, 65536L, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, Long.MIN_VALUE)
            .map(NODES::numberNode),
        Arbitraries.of(NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.numberNode(0.5), NODES.numberNode(-1e300), NODES.numberNode(Double.NaN),
            NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
            NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add("x"), NODES.objectNode().put("name", "x")),
        Arbitraries.of("", "web; rm -rf /", "$(reboot)", "`id`", "a|b", "UPPER", "../../etc", "/", "Never",
            "Always", "OnFailure", "0.5", "-1Gi", "1e400", "Directory", "TCP", "busybox", "x".repeat(300), "a\0b",
            "\t", "ünïcödé", "\u202e").map(NODES::textNode));
  }

  private static Arbitrary<String> keys() {
    return Arbitraries.of("name", "image", "containers", "initContainers", "ports", "hostPort", "containerPort",
        "protocol", "restartPolicy", "command", "args", "env", "value", "volumes", "volumeMounts", "mountPath",
        "emptyDir", "hostPath", "path", "type", "securityContext", "privileged", "capabilities", "add", "resources",
        "limits", "cpu", "memory", "kind", "apiVersion", "namespace", "labels", "hostNetwork", "hostPID", "x", "",
        "a b", "<<");
  }

  private static Arbitrary<String> junkText() {
    return Arbitraries.of(": ", "- ", "\t", "{", "}", "[", "]", "*a", "&a ", "!!binary ", "!foo ", "'", "\"", "#",
        "---\n", "\n", "\0", "\uFEFF", "%YAML 1.1\n", "? ", "|", ">", "@", "`", "\\", ",", "\u0085", "\r");
  }

  private static List<String> seeds() {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(MutatedManifestPropertyTest::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
