package io.whalepod.docker.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import io.whalepod.docker.PodStartException;
import io.whalepod.model.ConfigMap;
import io.whalepod.model.ConfigMapVolumeSource;
import io.whalepod.model.Container;
import io.whalepod.model.EmptyDirVolumeSource;
import io.whalepod.model.KeyToPath;
import io.whalepod.model.Pod;
import io.whalepod.model.Secret;
import io.whalepod.model.SecretVolumeSource;
import io.whalepod.model.Volume;
import io.whalepod.model.VolumeMount;
import io.whalepod.model.VolumeSource;
import io.whalepod.yaml.Manifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pod's volumes on Docker (docs/behaviour.md §3): emptyDir as a pod-owned Docker volume (tmpfs-backed for
 * {@code medium: Memory}, so all members share one tmpfs), hostPath as a bind, ConfigMap and Secret content written
 * as files into a pod-owned volume. Every Docker volume carries the pod's labels, so deleting is a label query.
 */
public final class PodVolumes {
  private static final int DEFAULT_MODE = 0644;
  private static final String CONTENT_DIR = "/content";
  /** Where the sandbox holds the pod's in-memory volumes mounted; nothing reads them there. */
  private static final String HELD_DIR = "/.whalepod/memory/";

  private final DockerClient client;
  private final Pod pod;
  /** Volume name in the spec → Docker volume, for those backed by one. */
  private final Map<String, DockerVolume> created = new ConcurrentHashMap<>();

  /** A Docker volume of the pod: its name, and where the engine keeps it (subPath binds point inside). */
  private record DockerVolume(String name, String mountpoint) {}

  PodVolumes(DockerClient client, Pod pod) {
    this.client = client;
    this.pod = pod;
  }

  /** The volumes of a pod that exists, read back by their labels: for a supervisor that takes the pod on. */
  static PodVolumes existing(DockerClient client, Pod pod) {
    PodVolumes volumes = new PodVolumes(client, pod);
    var listed = client.listVolumesCmd().withFilter("label", List.of(Labels.POD_UID + "=" + pod.metadata().uid()))
        .exec().getVolumes();
    Map<String, String> mountpoints = new java.util.HashMap<>();
    if (listed != null) {
      listed.forEach(v -> mountpoints.put(v.getName(), v.getMountpoint()));
    }
    for (Volume volume : pod.spec().volumes()) {
      String name = Labels.volumeName(pod, volume.name());
      if (mountpoints.containsKey(name)) {
        volumes.created.put(volume.name(), new DockerVolume(name, mountpoints.get(name)));
      }
    }
    return volumes;
  }

  /**
   * Creates the pod's in-memory emptyDir volumes, before its sandbox, and returns the binds by which the sandbox
   * holds them. Docker's local driver unmounts a tmpfs volume, and loses its content, when the last container using
   * it stops; a pod's volume lives as long as the pod (Kubernetes), so the sandbox keeps it mounted while members
   * restart.
   */
  List<Bind> createInMemory() {
    List<Bind> held = new ArrayList<>();
    for (Volume volume : pod.spec().volumes()) {
      if (volume.source() instanceof EmptyDirVolumeSource emptyDir && emptyDir.inMemory()) {
        DockerVolume dockerVolume = createVolume(volume, emptyDir);
        created.put(volume.name(), dockerVolume);
        held.add(Bind.parse(dockerVolume.name() + ":" + HELD_DIR + volume.name()));
      }
    }
    return held;
  }

  /**
   * Creates every other Docker volume the pod needs (after {@link #createInMemory}); ConfigMap/Secret content is
   * written with {@code pauseImage}.
   */
  void create(Manifest resources, String pauseImage) {
    for (Volume volume : pod.spec().volumes()) {
      VolumeSource source = volume.source();
      if (created.containsKey(volume.name())) {
        continue;
      }
      if (source instanceof EmptyDirVolumeSource emptyDir) {
        created.put(volume.name(), createVolume(volume, emptyDir));
      } else if (source instanceof ConfigMapVolumeSource || source instanceof SecretVolumeSource) {
        Map<String, byte[]> files = VolumeContent.files(pod, volume, resources);
        DockerVolume dockerVolume = createVolume(volume, null);
        created.put(volume.name(), dockerVolume);
        writeFiles(dockerVolume.name(), files, mode(source), pauseImage);
      }
    }
  }

  /** The binds of one container: its volumeMounts, with readOnly and subPath. */
  List<Bind> bindsFor(Container container) {
    List<Bind> binds = new ArrayList<>();
    for (VolumeMount mount : container.volumeMounts()) {
      Volume volume = pod.spec().volume(mount.name()).orElseThrow();
      boolean readOnly = mount.isReadOnly()
          || volume.configMap() != null || volume.secret() != null; // Kubernetes mounts these read-only
      binds.add(Bind.parse(source(volume, mount) + ":" + mount.mountPath() + (readOnly ? ":ro" : ":rw")));
    }
    return binds;
  }

  private String source(Volume volume, VolumeMount mount) {
    String subPath = mount.subPath() == null || mount.subPath().isEmpty() ? null : mount.subPath();
    if (volume.hostPath() != null) {
      return subPath == null ? volume.hostPath().path() : volume.hostPath().path() + "/" + subPath;
    }
    DockerVolume dockerVolume = created.get(volume.name());
    // Docker 20.10 has no volume subpath; bind the directory inside the volume's mountpoint, as the kubelet does.
    return subPath == null ? dockerVolume.name() : dockerVolume.mountpoint() + "/" + subPath;
  }

  private DockerVolume createVolume(Volume volume, EmptyDirVolumeSource emptyDir) {
    var cmd = client.createVolumeCmd()
        .withName(Labels.volumeName(pod, volume.name()))
        .withLabels(Labels.forPod(pod));
    if (emptyDir != null && emptyDir.inMemory()) {
      Map<String, String> options = new LinkedHashMap<>(Map.of("type", "tmpfs", "device", "tmpfs"));
      if (emptyDir.sizeLimit() != null) {
        options.put("o", "size=" + emptyDir.sizeLimit().longValue());
      }
      cmd.withDriver("local").withDriverOpts(options);
    }
    var response = cmd.exec();
    return new DockerVolume(response.getName(), response.getMountpoint());
  }

  private static int mode(VolumeSource source) {
    Integer mode = source instanceof ConfigMapVolumeSource c ? c.defaultMode()
        : source instanceof SecretVolumeSource s ? s.defaultMode() : null;
    return mode == null ? DEFAULT_MODE : mode;
  }

  /** Docker can only copy into a container: a never-started pause container mounts the volume for the copy. */
  private void writeFiles(String dockerVolume, Map<String, byte[]> files, int mode, String pauseImage) {
    TarWriter tar = new TarWriter();
    files.forEach((path, content) -> tar.file(path, content, mode));
    String writer = client.createContainerCmd(pauseImage)
        .withName(Labels.volumeName(pod, "writer-" + Integer.toHexString(dockerVolume.hashCode())))
        .withLabels(Labels.forPod(pod))
        .withHostConfig(HostConfig.newHostConfig().withBinds(Bind.parse(dockerVolume + ":" + CONTENT_DIR)))
        .exec().getId();
    try {
      client.copyArchiveToContainerCmd(writer).withRemotePath(CONTENT_DIR)
          .withTarInputStream(new ByteArrayInputStream(tar.finish())).exec();
    } finally {
      client.removeContainerCmd(writer).withForce(true).exec();
    }
  }

  /** The files of a ConfigMap or Secret volume, honouring {@code items}. */
  static final class VolumeContent {
    private VolumeContent() {}

    static Map<String, byte[]> files(Pod pod, Volume volume, Manifest resources) {
      boolean isConfigMap = volume.configMap() != null;
      String kind = isConfigMap ? "configmap" : "secret";
      String name = isConfigMap ? volume.configMap().name() : volume.secret().secretName();
      List<KeyToPath> items = isConfigMap ? volume.configMap().items() : volume.secret().items();
      boolean optional = Boolean.TRUE.equals(isConfigMap ? volume.configMap().optional() : volume.secret().optional());
      Map<String, byte[]> data = isConfigMap ? configMapData(resources.configMaps().get(name))
          : secretData(resources.secrets().get(name));
      if (data == null) {
        if (optional) {
          return Map.of();
        }
        throw new PodStartException(pod.name(), null, "volume \"" + volume.name() + "\": " + kind + " \"" + name
            + "\" not found (give it in the same file, or in Java)", null);
      }
      if (items.isEmpty()) {
        return data;
      }
      Map<String, byte[]> selected = new LinkedHashMap<>();
      for (KeyToPath item : items) {
        byte[] content = data.get(item.key());
        if (content == null) {
          throw new PodStartException(pod.name(), null, "volume \"" + volume.name() + "\": key \"" + item.key()
              + "\" not found in " + kind + " \"" + name + "\"", null);
        }
        selected.put(item.path(), content);
      }
      return selected;
    }
  
    private static Map<String, byte[]> configMapData(ConfigMap configMap) {
      if (configMap == null) {
        return null;
      }
      Map<String, byte[]> data = new LinkedHashMap<>();
      configMap.data().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
      configMap.binaryData().forEach((k, v) -> data.put(k, Base64.getMimeDecoder().decode(v)));
      return data;
    }

    private static Map<String, byte[]> secretData(Secret secret) {
      return secret == null ? null : secret.decoded();
    }
  }
}
