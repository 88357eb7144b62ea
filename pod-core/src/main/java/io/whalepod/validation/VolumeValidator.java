package io.whalepod.validation;

import static io.whalepod.validation.MetadataValidator.invalidEach;
import static io.whalepod.validation.MetadataValidator.isEmpty;

import io.whalepod.model.ConfigMapVolumeSource;
import io.whalepod.model.EmptyDirVolumeSource;
import io.whalepod.model.HostPathVolumeSource;
import io.whalepod.model.KeyToPath;
import io.whalepod.model.SecretVolumeSource;
import io.whalepod.model.Volume;
import io.whalepod.model.VolumeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Kubernetes' {@code ValidateVolumes} for the volume kinds Whalepod runs: hostPath, emptyDir, secret, configMap. */
final class VolumeValidator {
  /** Kubernetes' {@code supportedHostPathTypes}, sorted as {@code sets.List} prints them. */
  static final List<String> HOST_PATH_TYPES = List.of(
      "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket");
  /** Docker can back an emptyDir with a volume or a tmpfs; huge pages are not offered. */
  static final List<String> EMPTY_DIR_MEDIUMS = List.of("", "Memory");
  private static final String FILE_MODE_ERROR = "must be a number between 0 and 0777 (octal), both inclusive";
  private static final String MORE_THAN_ONE_TYPE = "may not specify more than 1 volume type";

  private VolumeValidator() {}

  /**
   * Validates every volume and returns the names declared, so that mounts can be checked against them. A volume
   * with other mistakes still declares its name: a mount of it is not reported as a second, unrelated problem.
   */
  static Set<String> validateVolumes(List<Volume> volumes, FieldPath path, List<FieldError> errors) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      FieldPath idxPath = path.index(i);
      if (volume == null) {
        errors.add(FieldError.required(idxPath, ""));
        continue;
      }
      validateVolume(volume, idxPath, names, errors);
    }
    return names;
  }

  static void validateVolume(Volume volume, FieldPath path, Set<String> names, List<FieldError> errors) {
    FieldPath namePath = path.child("name");
    if (isEmpty(volume.name())) {
      errors.add(FieldError.required(namePath, ""));
    } else {
      invalidEach(namePath, volume.name(), Formats.dns1123Label(volume.name()), errors);
      if (!names.add(volume.name())) {
        errors.add(FieldError.duplicate(namePath, volume.name()));
      }
    }
    validateVolumeSources(volume, path, errors);
  }

  /** Exactly one source: the first is validated, every further one is Forbidden, none is Required. */
  private static void validateVolumeSources(Volume volume, FieldPath path, List<FieldError> errors) {
    List<VolumeSource> sources = volume.sources();
    if (sources.isEmpty()) {
      errors.add(FieldError.required(path, "must specify a volume type"));
      return;
    }
    validateVolumeSource(sources.get(0), path, errors);
    sources.stream().skip(1)
        .forEach(extra -> errors.add(FieldError.forbidden(path.child(keyOf(extra)), MORE_THAN_ONE_TYPE)));
  }

  // Java 17 has no pattern switch: one instanceof per kind of the sealed VolumeSource.
  private static void validateVolumeSource(VolumeSource source, FieldPath path, List<FieldError> errors) {
    FieldPath sourcePath = path.child(keyOf(source));
    if (source instanceof HostPathVolumeSource hostPath) {
      validateHostPath(hostPath, sourcePath, errors);
    } else if (source instanceof EmptyDirVolumeSource emptyDir) {
      validateEmptyDir(emptyDir, sourcePath, errors);
    } else if (source instanceof SecretVolumeSource secret) {
      validateSecret(secret, sourcePath, errors);
    } else if (source instanceof ConfigMapVolumeSource configMap) {
      validateConfigMap(configMap, sourcePath, errors);
    }
  }

  /** The YAML key of a source, which is also its field path. */
  private static String keyOf(VolumeSource source) {
    if (source instanceof HostPathVolumeSource) {
      return "hostPath";
    } else if (source instanceof EmptyDirVolumeSource) {
      return "emptyDir";
    } else if (source instanceof SecretVolumeSource) {
      return "secret";
    }
    return "configMap";
  }

  static void validateHostPath(HostPathVolumeSource hostPath, FieldPath path, List<FieldError> errors) {
    FieldPath pathPath = path.child("path");
    if (isEmpty(hostPath.path())) {
      errors.add(FieldError.required(pathPath, ""));
      return;
    }
    // Kubernetes only forbids '..'; Docker binds nothing but absolute host paths.
    if (!hostPath.path().startsWith("/")) {
      errors.add(FieldError.invalid(pathPath, hostPath.path(), "must be an absolute path"));
    }
    validatePathNoBacksteps(hostPath.path(), pathPath, errors);
    if (hostPath.type() != null && !HOST_PATH_TYPES.contains(hostPath.type())) {
      errors.add(FieldError.notSupported(path.child("type"), hostPath.type(), HOST_PATH_TYPES));
    }
  }

  static void validateEmptyDir(EmptyDirVolumeSource emptyDir, FieldPath path, List<FieldError> errors) {
    if (emptyDir.medium() != null && !EMPTY_DIR_MEDIUMS.contains(emptyDir.medium())) {
      errors.add(FieldError.notSupported(path.child("medium"), emptyDir.medium(), EMPTY_DIR_MEDIUMS));
    }
    if (emptyDir.sizeLimit() != null && emptyDir.sizeLimit().isNegative()) {
      errors.add(FieldError.forbidden(path.child("sizeLimit"), "SizeLimit field must be a valid resource quantity"));
    }
  }

  static void validateSecret(SecretVolumeSource secret, FieldPath path, List<FieldError> errors) {
    if (isEmpty(secret.secretName())) {
      errors.add(FieldError.required(path.child("secretName"), ""));
    }
    validateProjection(secret.defaultMode(), secret.items(), path, errors);
  }

  static void validateConfigMap(ConfigMapVolumeSource configMap, FieldPath path, List<FieldError> errors) {
    if (isEmpty(configMap.name())) {
      errors.add(FieldError.required(path.child("name"), ""));
    }
    validateProjection(configMap.defaultMode(), configMap.items(), path, errors);
  }

  /** What secret and configMap volumes share: the default file mode and the key-to-file items. */
  private static void validateProjection(Integer defaultMode, List<KeyToPath> items, FieldPath path,
      List<FieldError> errors) {
    validateFileMode(defaultMode, path.child("defaultMode"), errors);
    for (int i = 0; i < items.size(); i++) {
      KeyToPath item = items.get(i);
      if (item == null) {
        errors.add(FieldError.required(path.child("items").index(i), ""));
      } else {
        validateKeyToPath(item, path.child("items").index(i), errors);
      }
    }
  }

  static void validateKeyToPath(KeyToPath item, FieldPath path, List<FieldError> errors) {
    if (isEmpty(item.key())) {
      errors.add(FieldError.required(path.child("key"), ""));
    }
    FieldPath pathPath = path.child("path");
    if (isEmpty(item.path())) {
      errors.add(FieldError.required(pathPath, ""));
    } else {
      validateLocalNonReservedPath(item.path(), pathPath, errors);
    }
    validateFileMode(item.mode(), path.child("mode"), errors);
  }

  private static void validateFileMode(Integer mode, FieldPath path, List<FieldError> errors) {
    if (mode != null && (mode < 0 || mode > 0777)) {
      errors.add(FieldError.invalid(path, mode, FILE_MODE_ERROR));
    }
  }

  /** {@code validateLocalDescendingPath}: relative, and never climbing out with {@code ..}. */
  static void validateLocalDescendingPath(String target, FieldPath path, List<FieldError> errors) {
    if (target.startsWith("/")) {
      errors.add(FieldError.invalid(path, target, "must be a relative path"));
    }
    validatePathNoBacksteps(target, path, errors);
  }

  /** {@code validateLocalNonReservedPath}: also no leading {@code ..} (kubelet keeps its own {@code ..data}). */
  private static void validateLocalNonReservedPath(String target, FieldPath path, List<FieldError> errors) {
    validateLocalDescendingPath(target, path, errors);
    if (target.startsWith("..") && !target.startsWith("../")) {
      errors.add(FieldError.invalid(path, target, "must not start with '..'"));
    }
  }

  /** One error is enough even for {@code ../../..}. */
  static void validatePathNoBacksteps(String target, FieldPath path, List<FieldError> errors) {
    for (String part : target.split("/", -1)) {
      if (part.equals("..")) {
        errors.add(FieldError.invalid(path, target, "must not contain '..'"));
        return;
      }
    }
  }
}
