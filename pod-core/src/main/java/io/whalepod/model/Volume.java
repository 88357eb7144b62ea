package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A pod volume. Kubernetes writes the source as one of several keys ({@code emptyDir: {}}, {@code hostPath: ...});
 * {@link #source()} gives it as one sealed type.
 */
public record Volume(
    String name,
    HostPathVolumeSource hostPath,
    EmptyDirVolumeSource emptyDir,
    SecretVolumeSource secret,
    ConfigMapVolumeSource configMap) {

  public static Volume of(String name, VolumeSource source) {
    return new Volume(name,
        source instanceof HostPathVolumeSource h ? h : null,
        source instanceof EmptyDirVolumeSource e ? e : null,
        source instanceof SecretVolumeSource s ? s : null,
        source instanceof ConfigMapVolumeSource c ? c : null);
  }

  public static Volume emptyDir(String name) {
    return of(name, new EmptyDirVolumeSource(null, null));
  }

  /** An emptyDir on tmpfs ({@code medium: Memory}). */
  public static Volume memory(String name) {
    return of(name, new EmptyDirVolumeSource("Memory", null));
  }

  public static Volume hostPath(String name, String path, String type) {
    return of(name, new HostPathVolumeSource(path, type));
  }

  public static Volume configMap(String name, String configMapName) {
    return of(name, new ConfigMapVolumeSource(configMapName, null, null, null));
  }

  public static Volume secret(String name, String secretName) {
    return of(name, new SecretVolumeSource(secretName, null, null, null));
  }

  /** Every source that is set: exactly one in a valid volume. */
  @JsonIgnore
  public List<VolumeSource> sources() {
    return Stream.<VolumeSource>of(hostPath, emptyDir, secret, configMap).filter(Objects::nonNull).toList();
  }

  /** The one source, or null when none or several are set. */
  @JsonIgnore
  public VolumeSource source() {
    var all = sources();
    return all.size() == 1 ? all.get(0) : null;
  }
}
