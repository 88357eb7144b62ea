package io.whalepod.docker;

/**
 * Builds an image locally when it is missing, instead of pulling it (for example the project's own
 * {@code whalepod/busybox}). Building is not pulling, so a supplier is asked under every pull policy.
 */
public interface ImageSupplier {
  /**
   * Whether this supplier knows how to build {@code image}.
   *
   * @param image an image reference, as a container spec names it
   * @return true when this supplier knows how to build {@code image}
   */
  boolean supplies(String image);

  /**
   * Builds {@code image} so that it is present on the engine afterwards.
   *
   * @param image an image reference for which {@link #supplies} returned true
   */
  void supply(String image);
}
