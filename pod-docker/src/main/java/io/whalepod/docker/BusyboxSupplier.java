package io.whalepod.docker;

import io.whalepod.docker.image.BusyboxImage;
import io.whalepod.docker.internal.DockerClients;

/** Builds {@code whalepod/busybox} (any tag) from Debian's busybox-static when it is missing. */
final class BusyboxSupplier implements ImageSupplier {
  private static final String REPOSITORY = "whalepod/busybox";
  private final BusyboxImage image;

  BusyboxSupplier(DockerClients clients) {
    this.image = new BusyboxImage(clients.images());
  }

  @Override
  public boolean supplies(String name) {
    return name.equals(REPOSITORY) || name.startsWith(REPOSITORY + ":");
  }

  @Override
  public void supply(String name) {
    image.ensure(); // tags both the Debian version and :latest
  }
}
