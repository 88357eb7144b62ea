package io.whalepod.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds where a field path starts in a YAML stream. Used only on the error path: Jackson replays buffered record
 * fields without their location, so the key is looked up again in the source text.
 */
final class FieldLocator {
  private FieldLocator() {}

  /** The location of {@code fieldPath}'s key in document {@code documentIndex} (0-based), if present. */
  static Optional<JsonLocation> find(String text, int documentIndex, String fieldPath) {
    try (JsonParser parser = Mappers.YAML.createParser(text)) {
      int document = -1;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        boolean startsDocument = context.inRoot()
            || (token.isStructStart() && context.getParent() != null && context.getParent().inRoot());
        if (startsDocument) {
          document++;
        }
        if (document == documentIndex && token == JsonToken.FIELD_NAME
            && fieldPath.equals(pathOf(context))) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException | RuntimeException e) {
      // The text failed once already; without a location the error is still reported, just less precisely.
    }
    return Optional.empty();
  }

  private static String pathOf(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        parts.push((c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      } else {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    return String.join("", parts);
  }
}
