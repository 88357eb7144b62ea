package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A pod volume. Kubernetes writes the source as one of several keys ({@code emptyDir: {}}, {@code hostPath: ...});
 * {@link #source()} gives it as one sealed type. Exactly one source is set in a valid volume.
 *
 * @param name      the volume's name, which containers mount it by
 * @param hostPath  a file or directory of the host; may be null
 * @param emptyDir  an empty directory that lives as long as the pod; may be null
 * @param secret    a Secret's keys as files; may be null
 * @param configMap a ConfigMap's keys as files; may be null
 */
public record Volume(
    String name,
    HostPathVolumeSource hostPath,
    EmptyDirVolumeSource emptyDir,
    SecretVolumeSource secret,
    ConfigMapVolumeSource configMap) {

  /**
   * A volume with the given source.
   *
   * @param name the volume's name
   * @param source the source; never null
   * @return the volume
   */
  public static Volume of(String name, VolumeSource source) {
    return new Volume(name,
        source instanceof HostPathVolumeSource h ? h : null,
        source instanceof EmptyDirVolumeSource e ? e : null,
        source instanceof SecretVolumeSource s ? s : null,
        source instanceof ConfigMapVolumeSource c ? c : null);
  }

  /**
   * An emptyDir on the engine's disk.
   *
   * @param name the volume's name
   * @return the volume
   */
  public static Volume emptyDir(String name) {
    return of(name, new EmptyDirVolumeSource(null, null));
  }

  /**
   * An emptyDir on tmpfs ({@code medium: Memory}).
   *
   * @param name the volume's name
   * @return the volume
   */
  public static Volume memory(String name) {
    return of(name, new EmptyDirVolumeSource("Memory", null));
  }

  /**
   * A file or directory of the host.
   *
   * @param name the volume's name
   * @param path the path on the host
   * @param type what must be at the path, such as {@code Directory} or {@code DirectoryOrCreate}; null or
   *     empty for no check
   * @return the volume
   */
  public static Volume hostPath(String name, String path, String type) {
    return of(name, new HostPathVolumeSource(path, type));
  }

  /**
   * A ConfigMap's keys as files, each key a file.
   *
   * @param name the volume's name
   * @param configMapName the ConfigMap's name
   * @return the volume
   */
  public static Volume configMap(String name, String configMapName) {
    return of(name, new ConfigMapVolumeSource(configMapName, null, null, null));
  }

  /**
   * A Secret's keys as files, each key a file.
   *
   * @param name the volume's name
   * @param secretName the Secret's name
   * @return the volume
   */
  public static Volume secret(String name, String secretName) {
    return of(name, new SecretVolumeSource(secretName, null, null, null));
  }

  /**
   * Every source that is set: exactly one in a valid volume.
   *
   * @return the sources, in the order hostPath, emptyDir, secret, configMap; immutable
   */
  @JsonIgnore
  public List<VolumeSource> sources() {
    return Stream.<VolumeSource>of(hostPath, emptyDir, secret, configMap).filter(Objects::nonNull).toList();
  }

  /**
   * The one source, or null when none or several are set.
   *
   * @return the source, or null
   */
  @JsonIgnore
  public VolumeSource source() {
    var all = sources();
    return all.size() == 1 ? all.get(0) : null;
  }
}
