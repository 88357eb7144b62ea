package io.whalepod.docker.image;

import java.util.List;
import java.util.Objects;

/**
 * A small general-purpose image, {@code whalepod/busybox:<debian version>} (also tagged {@code
 * latest}), made from Debian's {@code busybox-static} package instead of a registry: the static
 * {@code /bin/busybox} with its applets linked into {@code /bin}, root and nobody in {@code
 * /etc/passwd}, a sticky {@code /tmp}, and {@code sh} as the default command. Tests, examples and
 * benchmarks run their pods on it.
 */
public final class BusyboxImage {
  /** The repository the image is tagged in. */
  public static final String REPOSITORY = "whalepod/busybox";

  static final String PACKAGE = "busybox-static";
  private static final String DOCKERFILE =
      "FROM scratch\n"
          + "COPY rootfs/ /\n"
          // Exec form: there is no shell until busybox has installed its applets.
          + "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n"
          + "ENV PATH=/usr/sbin:/usr/bin:/sbin:/bin\n"
          + "CMD [\"sh\"]\n";
  private static final String PASSWD =
      "root:x:0:0:root:/root:/bin/sh\n"
          + "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n";
  private static final String GROUP = "root:x:0:\nnobody:x:65534:\n";

  private final ImageBuilder builder;
  private final DebianPackages packages;
  private final String repository;
  private volatile String versioned; // asking dpkg/apt once is enough

  /**
   * The busybox image, built by {@code builder} (for example {@code PodRuntime.images()}).
   *
   * @param builder builds on the engine the image is wanted on; never null
   */
  public BusyboxImage(ImageBuilder builder) {
    this(builder, new DebianPackages(), REPOSITORY);
  }

  /** For tests, which build into a throw-away repository. */
  BusyboxImage(ImageBuilder builder, DebianPackages packages, String repository) {
    this.builder = Objects.requireNonNull(builder, "builder");
    this.packages = packages;
    this.repository = repository;
  }

  /**
   * Builds the image if the engine lacks the tag of the host's {@code busybox-static} version and
   * returns that versioned reference, for example {@code whalepod/busybox:1_1.35.0-4_deb12u1_b1}.
   *
   * @return the versioned image reference; never null
   * @throws ImageBuildException if the package cannot be had from apt or the build fails
   */
  public String ensure() {
    String tag = versioned;
    if (tag == null) {
      tag = repository + ":" + DebianPackages.asTag(packages.version(PACKAGE));
      versioned = tag;
    }
    return builder.ensure(List.of(tag, repository + ":latest"), this::context);
  }

  private BuildContext context() {
    return BuildContext.withDockerfile(DOCKERFILE)
        .directory("rootfs/bin", 0755)
        .directory("rootfs/etc", 0755)
        .file("rootfs/bin/busybox", packages.read(PACKAGE, "/bin/busybox"), 0755)
        .file("rootfs/etc/passwd", PASSWD)
        .file("rootfs/etc/group", GROUP)
        .directory("rootfs/root", 0700)
        .directory("rootfs/tmp", 01777)
        .build();
  }
}
