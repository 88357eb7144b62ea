package io.whalepod.validation;

import io.whalepod.model.ObjectMeta;
import io.whalepod.model.Pod;
import java.util.random.RandomGenerator;

/**
 * The API server's name generator (apiserver's {@code names.SimpleNameGenerator}): a pod with {@code generateName}
 * and no name gets the prefix, cut to 58 characters, plus five random characters that cannot spell words.
 */
public final class GeneratedNames {
  /** Kubernetes' alphabet: no vowels, and no digits that look like letters. */
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final int RANDOM_LENGTH = 5;
  private static final int MAX_PREFIX = 63 - RANDOM_LENGTH;

  private GeneratedNames() {}

  /**
   * The pod with a name: its own, or one generated from {@code generateName}.
   *
   * @param pod    the pod as written
   * @param random where the random characters come from
   * @return the same pod when it has a name (or nothing to generate one from); else a copy with a generated one
   */
  public static Pod named(Pod pod, RandomGenerator random) {
    ObjectMeta meta = pod.metadata();
    if (meta == null || (meta.name() != null && !meta.name().isEmpty())
        || meta.generateName() == null || meta.generateName().isEmpty()) {
      return pod;
    }
    String prefix = meta.generateName().length() > MAX_PREFIX
        ? meta.generateName().substring(0, MAX_PREFIX) : meta.generateName();
    StringBuilder name = new StringBuilder(prefix);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return pod.withMetadata(meta.withName(name.toString()));
  }
}
