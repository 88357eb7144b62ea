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
    NOT_FOUND("FieldValueNotFound", "Not found"),
    REQUIRED("FieldValueRequired", "Required value"),
    DUPLICATE("FieldValueDuplicate", "Duplicate value"),
    INVALID("FieldValueInvalid", "Invalid value"),
    NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
    FORBIDDEN("FieldValueForbidden", "Forbidden"),
    TOO_LONG("FieldValueTooLong", "Too long"),
    TOO_MANY("FieldValueTooMany", "Too many");

    private final String reason;
    private final String message;

    ErrorType(String reason, String message) {
      this.reason = reason;
      this.message = message;
    }

    /** The machine-readable reason of a Kubernetes {@code StatusCause}, such as {@code FieldValueRequired}. */
    public String reason() {
      return reason;
    }

    /** The human text, such as {@code Required value}. */
    public String message() {
      return message;
    }

    @Override
    public String toString() {
      return message;
    }
  }

  public FieldError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    detail = detail == null ? "" : detail;
  }

  /** A value that must be set is missing. */
  public static FieldError required(FieldPath path, String detail) {
    return new FieldError(ErrorType.REQUIRED, path, null, detail);
  }

  /** A value is malformed or out of range. */
  public static FieldError invalid(FieldPath path, Object value, String detail) {
    return new FieldError(ErrorType.INVALID, path, value, detail);
  }

  /** A value refers to something that does not exist (a volume, a port name). */
  public static FieldError notFound(FieldPath path, Object value) {
    return new FieldError(ErrorType.NOT_FOUND, path, value, "");
  }

  /** A value that must be unique is repeated. */
  public static FieldError duplicate(FieldPath path, Object value) {
    return new FieldError(ErrorType.DUPLICATE, path, value, "");
  }

  /** A value is not one of an enumeration; the supported values are listed quoted, in the given order. */
  public static FieldError notSupported(FieldPath path, Object value, List<String> supported) {
    String detail = supported.isEmpty() ? ""
        : "supported values: " + supported.stream().map(FieldError::quote).collect(Collectors.joining(", "));
    return new FieldError(ErrorType.NOT_SUPPORTED, path, value, detail);
  }

  /** A well-formed value that is not allowed here. */
  public static FieldError forbidden(FieldPath path, String detail) {
    return new FieldError(ErrorType.FORBIDDEN, path, null, detail);
  }

  /** A value longer than {@code maxLength} bytes (the value itself is not shown). */
  public static FieldError tooLong(FieldPath path, Object value, int maxLength) {
    return new FieldError(ErrorType.TOO_LONG, path, value, "must have at most " + maxLength + " bytes");
  }

  /** A list with more than {@code maxItems} items. */
  public static FieldError tooMany(FieldPath path, int actualItems, int maxItems) {
    return new FieldError(ErrorType.TOO_MANY, path, actualItems, "must have at most " + maxItems + " items");
  }

  /** The field path as text, such as {@code spec.containers[0].image}. */
  public String field() {
    return path.toString();
  }

  /** The message without the field path, as apimachinery's {@code ErrorBody()}. */
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
