package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import io.whalepod.docker.ImageNotFoundException;
import io.whalepod.docker.ImageSupplier;
import io.whalepod.model.Container;
import io.whalepod.model.Pod;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a container's image present per its pull policy. A present image is used as it is under every policy
 * (no registry round trip on each start: a documented difference from Kubernetes' {@code Always}); a missing one
 * is built by a supplier that knows it, else pulled unless the policy is {@code Never}.
 */
public final class ImagePolicy {
  private static final Logger log = LoggerFactory.getLogger(ImagePolicy.class);
  private static final long PULL_TIMEOUT_MINUTES = 10;

  private final DockerClient client;
  private final List<ImageSupplier> suppliers;

  public ImagePolicy(DockerClient client, List<ImageSupplier> suppliers) {
    this.client = client;
    this.suppliers = List.copyOf(suppliers);
  }

  /** Ensures the image of {@code container} is present, or throws naming the pod, container and image. */
  public void ensure(Pod pod, Container container) {
    String image = container.image();
    if (isPresent(image)) {
      return;
    }
    for (ImageSupplier supplier : suppliers) {
      if (supplier.supplies(image)) {
        supplier.supply(image);
        return;
      }
    }
    if ("Never".equals(container.imagePullPolicy())) {
      throw new ImageNotFoundException(pod.name(), container.name(), image, "ErrImageNeverPull",
          "Container image \"" + image + "\" is not present with pull policy of Never", null);
    }
    pull(pod, container);
  }

  private boolean isPresent(String image) {
    try {
      client.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private void pull(Pod pod, Container container) {
    String image = container.image();
    log.info("pulling {} for pod {} container {}", image, pod.name(), container.name());
    try {
      boolean done = client.pullImageCmd(image).exec(new PullImageResultCallback())
          .awaitCompletion(PULL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!done || !isPresent(image)) {
        throw new IllegalStateException("the pull did not complete");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageNotFoundException(pod.name(), container.name(), image, "ErrImagePull", "interrupted", e);
    } catch (RuntimeException e) {
      throw new ImageNotFoundException(pod.name(), container.name(), image, "ErrImagePull",
          "failed to pull image \"" + image + "\": " + e.getMessage(), e);
    }
  }
}
