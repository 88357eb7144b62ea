package io.whalepod.cli;

import java.util.List;

/** A pod named on the command line as kubectl takes it: {@code pods [NAME]}, {@code pod NAME} or {@code pod/NAME}. */
final class PodArgs {
  private static final List<String> POD_TYPES = List.of("pods", "pod", "po");

  private PodArgs() {}

  /**
   * The pod's name from {@code TYPE [NAME]} or {@code TYPE/NAME}.
   *
   * @return the name, or null when only the type was given
   * @throws CliException with kubectl's message when the type is not a pod
   */
  static String name(List<String> args) {
    String type = args.get(0);
    String name = args.size() > 1 ? args.get(1) : null;
    if (type.contains("/") && name == null) {
      name = type.substring(type.indexOf('/') + 1);
      type = type.substring(0, type.indexOf('/'));
    }
    checkType(type);
    return name;
  }

  /** @throws CliException with kubectl's message when {@code type} does not name pods */
  static void checkType(String type) {
    if (!POD_TYPES.contains(type)) {
      throw new CliException("the server doesn't have a resource type \"" + type + "\"");
    }
  }
}
