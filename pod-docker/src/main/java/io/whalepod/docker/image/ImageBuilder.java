package io.whalepod.docker.image;

import java.util.List;
import java.util.function.Supplier;

/**
 * Makes sure a locally built image exists on an engine: if its tag is missing it is built from an in-memory
 * {@link BuildContext}, otherwise nothing happens. Nothing is ever pulled.
 *
 * <p>Get the one of a runtime's engine from {@code PodRuntime.images()}, or, for an
 * {@link io.whalepod.docker.ImageSupplier}, from {@code PodRuntime.Builder.imageSupplier(Function)}:
 *
 * <pre>{@code
 * String tag = runtime.images().ensure(List.of("example/hello:1"), () ->
 *     BuildContext.withDockerfile("FROM whalepod/busybox\nCOPY hello.txt /\n").file("hello.txt", "hi\n").build());
 * }</pre>
 *
 * <p>A runtime's builder is safe to call from many threads (one build per tag) and from many processes at
 * once: two processes may both build, and a build that finds its tag already taken drops its own copy.
 */
@FunctionalInterface
public interface ImageBuilder {
  /**
   * Ensures an image carrying every one of {@code tags} exists and returns the first tag.
   *
   * <p>The first tag decides: if it exists, {@code context} is never asked for and only missing further tags are
   * added (an existing tag is never moved). Tags found or made are remembered, so later calls cost nothing.
   *
   * @param tags full references with an explicit tag, such as {@code whalepod/pause:1a2b3c4d5e6f}; the first is
   *     primary; never empty
   * @param context supplies the build context, asked only when a build is needed
   * @return the first of {@code tags}
   * @throws ImageBuildException if the build fails, naming the image and the build's last output
   * @throws IllegalArgumentException if {@code tags} is empty or a reference has no tag
   */
  String ensure(List<String> tags, Supplier<BuildContext> context);
}
