package io.whalepod.model;

/** Projects one key of a ConfigMap or Secret to a relative file path. */
public record KeyToPath(String key, String path, Integer mode) {}
