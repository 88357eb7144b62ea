package io.whalepod.model;

/**
 * A path of the Docker host, bind-mounted; {@code type} as Kubernetes ("", Directory, DirectoryOrCreate, ...).
 *
 * @param path an absolute path on the Docker host
 * @param type what must be found there, or null/empty for no check
 */
public record HostPathVolumeSource(String path, String type) implements VolumeSource {}
