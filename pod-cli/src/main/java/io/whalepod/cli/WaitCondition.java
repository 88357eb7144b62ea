package io.whalepod.cli;

import io.whalepod.docker.PodConditions;
import io.whalepod.model.Pod;
import java.util.function.Predicate;

/**
 * kubectl wait's {@code --for}: {@code delete}, {@code condition=TYPE[=VALUE]} or
 * {@code jsonpath='{.status.phase}'=VALUE} (the one JSONPath supported).
 */
record WaitCondition(boolean delete, Predicate<Pod> test) {

  static WaitCondition parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new CliException("--for must be given: delete, condition=TYPE or jsonpath='{.status.phase}'=VALUE");
    }
    if (text.equals("delete")) {
      return new WaitCondition(true, pod -> false);
    }
    if (text.startsWith("condition=")) {
      String rest = text.substring("condition=".length());
      int eq = rest.indexOf('=');
      String type = eq < 0 ? rest : rest.substring(0, eq);
      String value = eq < 0 ? "true" : rest.substring(eq + 1);
      if (type.isEmpty()) {
        throw new CliException("condition type is required: " + text);
      }
      return new WaitCondition(false, value.equalsIgnoreCase("true")
          ? pod -> PodConditions.hasCondition(pod, type)
          : pod -> pod.status() != null && pod.status().conditions().stream()
              .anyMatch(c -> type.equals(c.type()) && value.equalsIgnoreCase(c.status())));
    }
    if (text.startsWith("jsonpath=")) {
      String rest = text.substring("jsonpath=".length());
      int eq = rest.lastIndexOf('=');
      if (eq < 0) {
        throw new CliException("jsonpath wait format must be --for=jsonpath='{.status.phase}'=VALUE");
      }
      String path = unquote(rest.substring(0, eq));
      String value = unquote(rest.substring(eq + 1));
      if (path.startsWith("{") && path.endsWith("}")) {
        path = path.substring(1, path.length() - 1);
      }
      if (!path.equals(".status.phase")) {
        throw new CliException("unsupported jsonpath \"" + path + "\": only {.status.phase} is supported");
      }
      return new WaitCondition(false, PodConditions.phase(value));
    }
    throw new CliException("unrecognized condition: \"" + text + "\"");
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
