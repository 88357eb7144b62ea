package io.whalepod.examples.images;

import io.whalepod.docker.image.BuildContext;
import io.whalepod.docker.image.BusyboxImage;
import io.whalepod.docker.image.ImageBuilder;
import java.util.List;

/**
 * {@code whalepod/sample:v2}: {@code whalepod/busybox} plus {@code /sample.war} (see {@link
 * SampleWar}). Busybox gives the init container its {@code cp}.
 */
final class SampleWarImage {
  static final String REFERENCE = "whalepod/sample:v2";

  private final ImageBuilder builder;
  private final BusyboxImage busybox;

  SampleWarImage(ImageBuilder builder, BusyboxImage busybox) {
    this.builder = builder;
    this.busybox = busybox;
  }

  /** Builds the image unless the engine has it; returns its reference. */
  String ensure() {
    return builder.ensure(List.of(REFERENCE), this::context);
  }

  private BuildContext context() {
    String base = busybox.ensure();
    return BuildContext.withDockerfile(
            "FROM " + base + "\n"
                + "COPY sample.war /sample.war\n"
                + "CMD [\"cp\", \"/sample.war\", \"/app\"]\n")
        .file("sample.war", SampleWar.bytes(), 0644)
        .build();
  }
}
