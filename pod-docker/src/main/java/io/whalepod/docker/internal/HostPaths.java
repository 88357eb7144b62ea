package io.whalepod.docker.internal;

import io.whalepod.docker.PodStartException;
import io.whalepod.model.HostPathVolumeSource;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Honours {@code hostPath.type} as the kubelet does, before anything of the pod is created. The paths are on the
 * engine's host, so this is only possible when the engine is local (a unix socket); for a remote engine Docker's
 * own bind rules apply (a missing directory is created).
 */
final class HostPaths {
  private HostPaths() {}

  static void check(Pod pod, boolean engineIsLocal) {
    if (!engineIsLocal) {
      return;
    }
    for (Volume volume : pod.spec().volumes()) {
      if (volume.hostPath() != null) {
        check(pod, volume.name(), volume.hostPath());
      }
    }
  }

  private static void check(Pod pod, String volume, HostPathVolumeSource source) {
    Path path = Path.of(source.path());
    String type = source.type() == null ? "" : source.type();
    try {
      switch (type) {
        case "DirectoryOrCreate":
          if (!Files.exists(path)) {
            Files.createDirectories(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
          }
          require(Files.isDirectory(path), pod, volume, path, "is not a directory");
          break;
        case "Directory":
          require(Files.isDirectory(path), pod, volume, path, "is not a directory");
          break;
        case "FileOrCreate":
          if (!Files.exists(path)) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
          }
          require(Files.isRegularFile(path), pod, volume, path, "is not a file");
          break;
        case "File":
          require(Files.isRegularFile(path), pod, volume, path, "is not a file");
          break;
        case "Socket":
          require(attributes(path).isOther() && Files.exists(path), pod, volume, path, "is not a socket file");
          break;
        case "CharDevice":
        case "BlockDevice":
          require(Files.exists(path) && attributes(path).isOther(), pod, volume, path, "is not a device");
          break;
        default:
          break; // "": no check, as Kubernetes
      }
    } catch (IOException e) {
      throw new PodStartException(pod.name(), null,
          "volume \"" + volume + "\": hostPath " + path + " could not be created: " + e.getMessage(), e);
    }
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("no such file");
    }
    return Files.readAttributes(path, BasicFileAttributes.class);
  }

  private static void require(boolean ok, Pod pod, String volume, Path path, String problem) {
    if (!ok) {
      throw new PodStartException(pod.name(), null,
          "volume \"" + volume + "\": hostPath type check failed: " + path + " " + problem, null);
    }
  }
}
