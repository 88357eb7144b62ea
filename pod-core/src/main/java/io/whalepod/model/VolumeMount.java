package io.whalepod.model;

/**
 * Where a pod volume appears inside one container.
 *
 * @param name      the pod volume's name
 * @param readOnly  mounts it read-only; null means false
 * @param mountPath where it appears in the container
 * @param subPath   a path inside the volume to mount instead of its root; may be null
 */
public record VolumeMount(String name, Boolean readOnly, String mountPath, String subPath) {

  /**
   * A read-write mount of a whole volume.
   *
   * @param name the pod volume's name
   * @param mountPath where it appears in the container
   * @return the mount
   */
  public static VolumeMount of(String name, String mountPath) {
    return new VolumeMount(name, null, mountPath, null);
  }

  /**
   * A read-only copy.
   *
   * @return the new mount; this one is unchanged
   */
  public VolumeMount asReadOnly() {
    return new VolumeMount(name, true, mountPath, subPath);
  }

  /**
   * A copy that mounts a path inside the volume.
   *
   * @param path the path inside the volume
   * @return the new mount; this one is unchanged
   */
  public VolumeMount withSubPath(String path) {
    return new VolumeMount(name, readOnly, mountPath, path);
  }

  /**
   * Whether the mount is read-only.
   *
   * @return true only when {@code readOnly} is true
   */
  public boolean isReadOnly() {
    return Boolean.TRUE.equals(readOnly);
  }
}
