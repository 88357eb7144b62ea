package io.whalepod.model;

/**
 * A scratch directory that lives as long as the pod; {@code medium: Memory} makes it a tmpfs.
 *
 * @param medium    {@code Memory} for a tmpfs; null or empty for the engine's disk
 * @param sizeLimit the most the directory may hold; may be null
 */
public record EmptyDirVolumeSource(String medium, Quantity sizeLimit) implements VolumeSource {
  /**
   * Whether the directory is a tmpfs.
   *
   * @return true for {@code medium: Memory}
   */
  public boolean inMemory() {
    return "Memory".equals(medium);
  }
}
