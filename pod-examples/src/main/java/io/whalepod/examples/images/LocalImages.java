package io.whalepod.examples.images;

import io.whalepod.docker.ImageSupplier;
import io.whalepod.docker.image.BusyboxImage;
import io.whalepod.docker.image.ImageBuilder;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the images of the examples locally, since nothing may be pulled: {@code
 * whalepod/sample:v2} (a sample WAR on busybox, for an init container to copy) and {@code
 * whalepod/tomcat:7.0} (Tomcat on a jlinked JRE). Both start from {@code whalepod/busybox}, which is
 * built first when missing.
 *
 * <p>Idempotent: an image the engine already has costs one image inspect, the first time this
 * supplier is asked; after that, nothing.
 *
 * <pre>{@code
 * PodRuntime runtime = PodRuntime.builder().imageSupplier(LocalImages::new).build();
 * }</pre>
 */
public final class LocalImages implements ImageSupplier {
  /** The sample WAR image the seed manifest's init container runs. */
  public static final String SAMPLE = SampleWarImage.REFERENCE;
  /** The Tomcat image the seed manifest's main container runs. */
  public static final String TOMCAT = TomcatImage.REFERENCE;

  private final Map<String, Supplier<String>> images;

  /**
   * The images, built by {@code builder}.
   *
   * @param builder builds on the engine the images are wanted on: the runtime's, as {@code
   *     PodRuntime.Builder.imageSupplier(LocalImages::new)} passes it
   */
  public LocalImages(ImageBuilder builder) {
    BusyboxImage busybox = new BusyboxImage(builder);
    SampleWarImage sample = new SampleWarImage(builder, busybox);
    TomcatImage tomcat = new TomcatImage(builder, busybox);
    this.images = Map.of(SAMPLE, sample::ensure, TOMCAT, tomcat::ensure);
  }

  @Override
  public boolean supplies(String image) {
    return images.containsKey(normalized(image));
  }

  /**
   * Builds {@code image} unless the engine has it.
   *
   * @throws IllegalArgumentException if this supplier does not know {@code image}
   * @throws io.whalepod.docker.image.ImageBuildException if the build fails
   */
  @Override
  public void supply(String image) {
    Supplier<String> ensure = images.get(normalized(image));
    if (ensure == null) {
      throw new IllegalArgumentException("LocalImages does not build " + image);
    }
    ensure.get();
  }

  /** Accepts the Docker Hub spellings of the same references. */
  private static String normalized(String image) {
    String name = image;
    for (String prefix : new String[] {"docker.io/", "index.docker.io/"}) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
      }
    }
    return name;
  }
}
