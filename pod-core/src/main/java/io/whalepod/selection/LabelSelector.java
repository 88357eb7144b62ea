package io.whalepod.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label selector as {@code kubectl -l} takes it: comma-separated requirements, all of which must hold —
 * {@code key=value}, {@code key==value}, {@code key!=value}, {@code key in (a,b)}, {@code key notin (a,b)},
 * {@code key} (exists) and {@code !key} (does not exist). An empty selector matches everything.
 */
public final class LabelSelector {
  private static final Pattern SET = Pattern.compile("\\s*(\\S+?)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*");
  private static final Pattern EQUALITY = Pattern.compile("\\s*([^=!\\s]+)\\s*(==|=|!=)\\s*([^=!\\s]*)\\s*");
  private static final Pattern EXISTS = Pattern.compile("\\s*(!?)\\s*([^=!\\s(),]+)\\s*");
  private static final Pattern KEY = Pattern.compile("([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?/)?"
      + "[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?");

  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  /**
   * Parses a selector.
   *
   * @param selector requirements separated by commas, as {@code kubectl -l} takes them, such as
   *     {@code app=web,tier!=db}; null or blank selects everything
   * @return the selector; immutable
   * @throws InvalidSelectorException naming the requirement that does not parse
   */
  public static LabelSelector parse(String selector) {
    List<Requirement> requirements = new ArrayList<>();
    for (String part : splitOutsideParentheses(selector == null ? "" : selector)) {
      if (!part.isBlank()) {
        requirements.add(requirement(part));
      }
    }
    return new LabelSelector(requirements);
  }

  /**
   * True when every requirement holds for these labels (null: no labels).
   *
   * @param labels an object's labels; may be null
   * @return whether the object is selected
   */
  public boolean matches(Map<String, String> labels) {
    Map<String, String> present = labels == null ? Map.of() : labels;
    return requirements.stream().allMatch(r -> r.holds(present));
  }

  private static Requirement requirement(String part) {
    Matcher set = SET.matcher(part);
    if (set.matches()) {
      Set<String> values = Set.copyOf(List.of(set.group(3).split("\\s*,\\s*")).stream()
          .map(String::trim).filter(v -> !v.isEmpty()).toList());
      boolean in = set.group(2).equals("in");
      String key = key(set.group(1), part);
      // A missing label is in no set (and immutable sets refuse to look up null).
      return new Requirement(key, labels -> in == (labels.containsKey(key) && values.contains(labels.get(key))));
    }
    Matcher equality = EQUALITY.matcher(part);
    if (equality.matches()) {
      String key = key(equality.group(1), part);
      String value = equality.group(3);
      boolean equal = !equality.group(2).equals("!=");
      return new Requirement(key, labels -> equal == value.equals(labels.get(key)));
    }
    Matcher exists = EXISTS.matcher(part);
    if (exists.matches()) {
      String key = key(exists.group(2), part);
      boolean wanted = exists.group(1).isEmpty();
      return new Requirement(key, labels -> wanted == labels.containsKey(key));
    }
    throw new InvalidSelectorException("unable to parse requirement: \"" + part.trim() + "\"");
  }

  private static String key(String key, String part) {
    if (key.length() > 316 || !KEY.matcher(key).matches()) {
      throw new InvalidSelectorException("unable to parse requirement: \"" + part.trim()
          + "\": invalid label key \"" + key + "\"");
    }
    return key;
  }

  /** Commas inside {@code in (a,b)} belong to the set, not between requirements. */
  private static List<String> splitOutsideParentheses(String selector) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(selector.substring(start));
    return parts;
  }

  private record Requirement(String key, Predicate<Map<String, String>> test) {
    boolean holds(Map<String, String> labels) {
      return test.test(labels);
    }
  }
}
