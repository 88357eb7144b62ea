package io.whalepod.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSelectorTest {
  private static final Map<String, String> WEB = Map.of("app", "web", "tier", "front", "example.com/team", "a");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "'';true",
      "app=web;true",
      "app==web;true",
      "app = web;true",
      "app=db;false",
      "app!=db;true",
      "app!=web;false",
      "missing!=x;true",
      "app=web,tier=front;true",
      "app=web,tier=back;false",
      "app in (web, db);true",
      "app in (db);false",
      "app notin (db,cache);true",
      "app notin (web);false",
      "missing notin (web);true",
      "tier;true",
      "missing;false",
      "!missing;true",
      "!tier;false",
      "example.com/team=a;true",
      "app in (web,db),!missing,tier!=back;true"})
  void requirementsAllHold(String selector, boolean matches) {
    assertEquals(matches, LabelSelector.parse(selector).matches(WEB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app=web=x", "=web", "app in web", "-bad=x", "a b=c"})
  void aSelectorThatDoesNotParseNamesTheRequirement(String selector) {
    InvalidSelectorException e = assertThrows(InvalidSelectorException.class, () -> LabelSelector.parse(selector));
    assertTrue(e.getMessage().startsWith("unable to parse requirement: "), e.getMessage());
  }
}
