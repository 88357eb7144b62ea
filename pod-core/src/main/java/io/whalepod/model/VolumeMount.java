package io.whalepod.model;

/** Where a pod volume appears inside one container. */
public record VolumeMount(String name, Boolean readOnly, String mountPath, String subPath) {

  public static VolumeMount of(String name, String mountPath) {
    return new VolumeMount(name, null, mountPath, null);
  }

  public VolumeMount asReadOnly() {
    return new VolumeMount(name, true, mountPath, subPath);
  }

  public VolumeMount withSubPath(String path) {
    return new VolumeMount(name, readOnly, mountPath, path);
  }

  public boolean isReadOnly() {
    return Boolean.TRUE.equals(readOnly);
  }
}
