package io.whalepod.model;

/** Where a volume's content comes from: exactly one per volume. */
public sealed interface VolumeSource
    permits EmptyDirVolumeSource, HostPathVolumeSource, ConfigMapVolumeSource, SecretVolumeSource {}
