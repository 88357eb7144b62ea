package io.whalepod.model;

/** A scratch directory that lives as long as the pod; {@code medium: Memory} makes it a tmpfs. */
public record EmptyDirVolumeSource(String medium, Quantity sizeLimit) implements VolumeSource {
  public boolean inMemory() {
    return "Memory".equals(medium);
  }
}
