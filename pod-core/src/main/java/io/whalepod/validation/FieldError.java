package io.whalepod.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One problem with one field, as apimachinery's {@code field.Error}. {@link #toString()} renders exactly what
 * {@code kubectl} prints, for example {@code spec.containers[1].volumeMounts[0].name: Not found: "shared"}.
 *
 * @param type what kind of problem this is
 * @param path where the problem is
 * @param badValue the offending value (a string is shown quoted, a number plain); ignored for
 *     {@link ErrorType#REQUIRED}, {@link ErrorType#FORBIDDEN} and {@link ErrorType#TOO_LONG}
 * @param detail what is wrong and, where it helps, what would be right; may be empty
 */
public record FieldError(ErrorType type, FieldPath path, Object badValue, String detail) {

  /** A bad value that is not shown, as apimachinery's {@code omitValue}. */
  public static final Object OMITTED_VALUE = new Object() {
    @Override
    public String toString() {
      return "<omitted>";
    }
  };

  /** apimachinery's {@code field.ErrorType}, with the text {@code kubectl} shows for each. */
  public enum ErrorType {
    /** The value refers to something that does not exist. */
    NOT_FOUND("FieldValueNotFound", "Not found"),
    /** A value that must be set is missing. */
    REQUIRED("FieldValueRequired", "Required value"),
    /** A value that must be unique is repeated. */
    DUPLICATE("FieldValueDuplicate", "Duplicate value"),
    /** The value is malformed or out of range. */
    INVALID("FieldValueInvalid", "Invalid value"),
    /** The value is not one of an enumeration. */
    NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
    /** A well-formed value that is not allowed here. */
    FORBIDDEN("FieldValueForbidden", "Forbidden"),
    /** The value is longer than allowed. */
    TOO_LONG("FieldValueTooLong", "Too long"),
    /** The list has more items than allowed. */
    TOO_MANY("FieldValueTooMany", "Too many");

    private final String reason;
    private final String message;

    ErrorType(String reason, String message) {
      this.reason = reason;
      this.message = message;
    }

    /**
     * The machine-readable reason of a Kubernetes {@code StatusCause}.
     *
     * @return the reason, such as {@code FieldValueRequired}; never null
     */
    public String reason() {
      return reason;
    }

    /**
     * The human text {@code kubectl} shows.
     *
     * @return the text, such as {@code Required value}; never null
     */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return message;
    }
  }

  /**
   * Checks the parts; a null {@code detail} becomes empty.
   *
   * @param type     what kind of problem this is
   * @param path     where the problem is
   * @param badValue the offending value (a string is shown quoted, a number plain); ignored for
   *                 {@link ErrorType#REQUIRED}, {@link ErrorType#FORBIDDEN} and {@link ErrorType#TOO_LONG}
   * @param detail   what is wrong and, where it helps, what would be right; may be empty
   * @throws NullPointerException if {@code type} or {@code path} is null
   */
  public FieldError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    detail = detail == null ? "" : detail;
  }

  /**
   * A value that must be set is missing.
   *
   * @param path the missing field
   * @param detail what is needed; may be null or empty
   * @return the error
   */
  public static FieldError required(FieldPath path, String detail) {
    return new FieldError(ErrorType.REQUIRED, path, null, detail);
  }

  /**
   * A value is malformed or out of range.
   *
   * @param path the field
   * @param value the offending value; may be null
   * @param detail what is wrong; may be null or empty
   * @return the error
   */
  public static FieldError invalid(FieldPath path, Object value, String detail) {
    return new FieldError(ErrorType.INVALID, path, value, detail);
  }

  /**
   * A value refers to something that does not exist (a volume, a port name).
   *
   * @param path the field
   * @param value the reference that resolves to nothing
   * @return the error
   */
  public static FieldError notFound(FieldPath path, Object value) {
    return new FieldError(ErrorType.NOT_FOUND, path, value, "");
  }

  /**
   * A value that must be unique is repeated.
   *
   * @param path the field holding the repeat
   * @param value the repeated value
   * @return the error
   */
  public static FieldError duplicate(FieldPath path, Object value) {
    return new FieldError(ErrorType.DUPLICATE, path, value, "");
  }

  /**
   * A value is not one of an enumeration; the supported values are listed quoted, in the given order.
   *
   * @param path the field
   * @param value the unsupported value
   * @param supported the values that would be accepted; may be empty, never null
   * @return the error
   */
  public static FieldError notSupported(FieldPath path, Object value, List<String> supported) {
    String detail = supported.isEmpty() ? ""
        : "supported values: " + supported.stream().map(FieldError::quote).collect(Collectors.joining(", "));
    return new FieldError(ErrorType.NOT_SUPPORTED, path, value, detail);
  }

  /**
   * A well-formed value that is not allowed here.
   *
   * @param path the field
   * @param detail why it is not allowed; may be null or empty
   * @return the error
   */
  public static FieldError forbidden(FieldPath path, String detail) {
    return new FieldError(ErrorType.FORBIDDEN, path, null, detail);
  }

  /**
   * A value longer than {@code maxLength} bytes (the value itself is not shown).
   *
   * @param path the field
   * @param value the value that is too long
   * @param maxLength the most bytes allowed
   * @return the error
   */
  public static FieldError tooLong(FieldPath path, Object value, int maxLength) {
    return new FieldError(ErrorType.TOO_LONG, path, value, "must have at most " + maxLength + " bytes");
  }

  /**
   * A list with more than {@code maxItems} items.
   *
   * @param path the list field
   * @param actualItems how many items the list has
   * @param maxItems the most items allowed
   * @return the error
   */
  public static FieldError tooMany(FieldPath path, int actualItems, int maxItems) {
    return new FieldError(ErrorType.TOO_MANY, path, actualItems, "must have at most " + maxItems + " items");
  }

  /**
   * The field path as text.
   *
   * @return the path, such as {@code spec.containers[0].image}; never null
   */
  public String field() {
    return path.toString();
  }

  /**
   * The message without the field path, as apimachinery's {@code ErrorBody()}.
   *
   * @return the message, such as {@code Not found: "shared"}; never null
   */
  public String body() {
    String body = switch (type) {
      case REQUIRED, FORBIDDEN, TOO_LONG -> type.message();
      default -> badValue == OMITTED_VALUE ? type.message() : type.message() + ": " + render(badValue);
    };
    return detail.isEmpty() ? body : body + ": " + detail;
  }

  /** {@code path: body}, exactly as apimachinery's {@code Error()}. */
  @Override
  public String toString() {
    return field() + ": " + body();
  }

  /** Go's {@code %v} for simple values, {@code %q} for strings, {@code null} for nil, {@code String()} otherwise. */
  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence s) {
      return quote(s.toString());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
          : Double.toString(d);
    }
    return value.toString();
  }

  /** Go's {@code strconv.Quote}: double quotes, backslash escapes, printable characters kept as they are. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> {
          if (isPrintable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < 0x80) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
