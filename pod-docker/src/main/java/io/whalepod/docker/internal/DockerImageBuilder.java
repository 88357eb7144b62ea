package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import io.whalepod.docker.image.BuildContext;
import io.whalepod.docker.image.ImageBuildException;
import io.whalepod.docker.image.ImageBuilder;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ImageBuilder} on one Docker engine: if the first tag is missing the image is built from the
 * in-memory {@link BuildContext}, otherwise nothing happens. Nothing is ever pulled.
 *
 * <p>Safe to call from many threads (one build per tag per builder) and from many processes: two
 * processes may both build, and a build that finds its tag already taken drops its own copy. Docker
 * has no compare-and-set for tags, so in the narrowest race one untagged copy can be left behind;
 * both images work.
 */
public final class DockerImageBuilder implements ImageBuilder {
  private static final Logger log = LoggerFactory.getLogger(DockerImageBuilder.class);
  private static final Duration BUILD_DEADLINE = Duration.ofMinutes(5);
  private static final int OUTPUT_LINES_KEPT = 15;

  private final DockerClient docker;
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * A builder of its own (its own memory of the tags it found) on the engine of {@code longCalls}; one engine's
   * pods share {@link DockerClients#images()}.
   *
   * @param longCalls a client without a response timeout: a build streams nothing while it unpacks a large context
   */
  public DockerImageBuilder(DockerClient longCalls) {
    this.docker = longCalls;
  }

  @Override
  public String ensure(List<String> tags, Supplier<BuildContext> context) {
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("an image to ensure needs at least one tag");
    }
    String primary = tags.get(0);
    if (known.contains(primary)) {
      return primary;
    }
    synchronized (locks.computeIfAbsent(primary, t -> new Object())) {
      if (!known.contains(primary)) {
        String id = imageId(primary);
        if (id == null) {
          id = buildAndTag(primary, context.get());
        }
        for (String tag : tags) {
          tagIfAbsent(id, tag);
        }
        known.add(primary);
      }
    }
    return primary;
  }

  /** Builds untagged, then tags; if another process tagged first, keeps theirs and drops ours. */
  private String buildAndTag(String primary, BuildContext context) {
    log.info("Building image {}", primary);
    String built = build(primary, context);
    tagIfAbsent(built, primary);
    String winner = imageId(primary);
    if (winner != null && !winner.replaceFirst("^sha256:", "").startsWith(built)) {
      removeQuietly(built);
    }
    return winner != null ? winner : built;
  }

  private String build(String primary, BuildContext context) {
    BuildOutput output = new BuildOutput();
    try {
      docker
          .buildImageCmd(new ByteArrayInputStream(context.toTar()))
          .withPull(false)
          .withRemove(true)
          .withForcerm(true)
          .exec(output);
      if (!output.awaitCompletion(BUILD_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ImageBuildException(
            "Building image " + primary + " did not finish within " + BUILD_DEADLINE
                + output.tail());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageBuildException("Building image " + primary + " was interrupted", e);
    } catch (DockerException e) {
      throw new ImageBuildException(
          "Building image " + primary + " failed: " + e.getMessage() + output.tail(), e);
    }
    if (output.error != null || output.imageId == null) {
      throw new ImageBuildException(
          "Building image " + primary + " failed: "
              + (output.error != null ? output.error.trim() : "the engine reported no image id")
              + output.tail());
    }
    return output.imageId;
  }

  private void tagIfAbsent(String imageId, String reference) {
    if (imageId(reference) != null) {
      return;
    }
    int colon = reference.lastIndexOf(':');
    if (colon < 0 || reference.indexOf('/', colon) >= 0) {
      throw new IllegalArgumentException("image reference needs an explicit tag: " + reference);
    }
    docker
        .tagImageCmd(imageId, reference.substring(0, colon), reference.substring(colon + 1))
        .exec();
  }

  /** The image id behind a reference, or null if there is none. */
  private String imageId(String reference) {
    try {
      return docker.inspectImageCmd(reference).exec().getId();
    } catch (NotFoundException e) {
      return null;
    }
  }

  private void removeQuietly(String imageId) {
    try {
      docker.removeImageCmd(imageId).exec();
    } catch (DockerException e) {
      log.debug("Could not remove the losing build {}", imageId, e);
    }
  }

  /** Collects the build's result and its last lines of output, for error messages. */
  private static final class BuildOutput extends ResultCallback.Adapter<BuildResponseItem> {
    private final Deque<String> lines = new ArrayDeque<>();
    private volatile String imageId;
    private volatile String error;

    @Override
    public void onNext(BuildResponseItem item) {
      if (item.isErrorIndicated()) {
        ResponseItem.ErrorDetail detail = item.getErrorDetail();
        error = detail != null && detail.getMessage() != null ? detail.getMessage() : "an error";
      } else if (item.isBuildSuccessIndicated()) {
        imageId = item.getImageId();
      }
      String stream = item.getStream();
      if (stream != null && !stream.isBlank()) {
        synchronized (lines) {
          if (lines.size() == OUTPUT_LINES_KEPT) {
            lines.removeFirst();
          }
          lines.addLast(stream.stripTrailing());
        }
      }
    }

    String tail() {
      synchronized (lines) {
        return lines.isEmpty() ? "" : "\nlast build output:\n  " + String.join("\n  ", lines);
      }
    }
  }
}
