package io.whalepod.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Fails on an unknown field where its key is. Jackson's own exception for records is raised once the whole
 * object is read, so its location points past the object; this handler runs while the parser is on the key.
 */
final class UnknownFields extends DeserializationProblemHandler {

  /** An unknown field; Jackson adds the field path as the exception travels up. */
  static final class UnknownFieldException extends JsonMappingException {
    private final String field;

    UnknownFieldException(JsonParser parser, String field) {
      super(parser, "unknown field \"" + field + "\"", parser.currentTokenLocation());
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws UnknownFieldException {
    throw new UnknownFieldException(p, propertyName);
  }
}
