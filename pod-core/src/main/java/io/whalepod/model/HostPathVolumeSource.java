package io.whalepod.model;

/** A path of the Docker host, bind-mounted; {@code type} as Kubernetes ("", Directory, DirectoryOrCreate, ...). */
public record HostPathVolumeSource(String path, String type) implements VolumeSource {}
