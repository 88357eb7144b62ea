package io.whalepod.model;

/**
 * Projects one key of a ConfigMap or Secret to a relative file path.
 *
 * @param key the key in the ConfigMap or Secret
 * @param path the file path, relative to the mount point
 * @param mode the file's mode bits, or null for the volume's default
 */
public record KeyToPath(String key, String path, Integer mode) {}
