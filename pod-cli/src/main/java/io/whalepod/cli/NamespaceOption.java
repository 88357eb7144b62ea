package io.whalepod.cli;

import picocli.CommandLine.Option;

/** {@code -n NAMESPACE}, shared by every verb (a picocli mixin). */
final class NamespaceOption {
  static final String DEFAULT = "default";

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE",
      description = "The namespace (default: default).")
  String namespace;

  /** The namespace given, else {@code default}. */
  String resolve() {
    return namespace == null || namespace.isEmpty() ? DEFAULT : namespace;
  }

  /** True when -n was given. */
  boolean given() {
    return namespace != null && !namespace.isEmpty();
  }
}
