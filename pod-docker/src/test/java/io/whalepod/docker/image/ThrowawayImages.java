package io.whalepod.docker.image;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import io.whalepod.docker.internal.DockerClients;
import java.util.Arrays;
import java.util.UUID;

/**
 * Repositories under {@code whalepod-test/} unique to one test class, so tests exercise real builds
 * without touching the shared {@code whalepod/*} images; {@link #close()} removes them.
 */
final class ThrowawayImages implements AutoCloseable {
  private static final String PREFIX = "whalepod-test/";

  private final DockerClients clients;
  private final String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);

  ThrowawayImages(DockerClients clients) {
    this.clients = clients;
  }

  /** A repository name no other run uses, for example {@code whalepod-test/pause-1a2b3c4d}. */
  String repository(String name) {
    return PREFIX + name + suffix;
  }

  @Override
  public void close() {
    for (Image image : clients.client().listImagesCmd().withReferenceFilter(PREFIX + "*").exec()) {
      String[] tags = image.getRepoTags() == null ? new String[0] : image.getRepoTags();
      Arrays.stream(tags)
          .filter(tag -> tag.substring(0, tag.lastIndexOf(':')).endsWith(suffix))
          .forEach(this::remove);
    }
  }

  private void remove(String reference) {
    try {
      clients.client().removeImageCmd(reference).withForce(true).exec();
    } catch (NotFoundException | ConflictException alreadyGoneOrInUse) {
      // gone already, or still used by a container that its own clean-up removes
    }
  }
}
