package io.whalepod.docker.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The pod sandbox image {@code whalepod/pause:<tag>}, made on demand from the static pause binary
 * shipped in this jar (built from {@code src/main/c/pause.c}): {@code FROM scratch} and the
 * binary as {@code /pause}, about half a kilobyte. No registry is involved: it works air-gapped.
 *
 * <p>The tag is the start of the binary's SHA-256, so a changed binary gets a new image instead of
 * silently reusing an old one.
 */
public final class PauseImage {
  /** The repository every Whalepod pause image is tagged in. */
  public static final String REPOSITORY = "whalepod/pause";

  static final String RESOURCE = "/io/whalepod/docker/image/pause";
  private static final int TAG_HEX_DIGITS = 12;
  private static final String DOCKERFILE =
      "FROM scratch\n"
          + "COPY pause /pause\n"
          + "ENTRYPOINT [\"/pause\"]\n";

  private final ImageBuilder builder;
  private final String reference;

  /**
   * The pause image, built by {@code builder} (for example {@code PodRuntime.images()}).
   *
   * @param builder builds on the engine the image is wanted on; never null
   */
  public PauseImage(ImageBuilder builder) {
    this(builder, REPOSITORY);
  }

  /** For tests, which build into a throw-away repository. */
  PauseImage(ImageBuilder builder, String repository) {
    this.builder = Objects.requireNonNull(builder, "builder");
    this.reference = repository + ":" + Binary.TAG;
  }

  /**
   * The image reference, for example {@code whalepod/pause:3f2a9c0d1b7e}.
   *
   * @return the reference; never null
   */
  public String reference() {
    return reference;
  }

  /**
   * Builds the image if the engine lacks it and returns {@link #reference()}. Cheap after the
   * first call; safe from several threads and processes at once.
   *
   * @return {@link #reference()}
   * @throws ImageBuildException if the engine refuses the build
   */
  public String ensure() {
    return builder.ensure(
        List.of(reference),
        () -> BuildContext.withDockerfile(DOCKERFILE).file("pause", Binary.BYTES, 0755).build());
  }

  /** The binary, read once from the classpath. */
  private static final class Binary {
    static final byte[] BYTES = load();
    static final String TAG = sha256(BYTES).substring(0, TAG_HEX_DIGITS);

    private static byte[] load() {
      try (InputStream in = PauseImage.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "The pause binary " + RESOURCE + " is missing from the classpath: pod-docker was "
                  + "packaged without running src/main/c/build-pause.sh (it needs gcc)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the pause binary " + RESOURCE, e);
      }
    }

    private static String sha256(byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
  }
}
