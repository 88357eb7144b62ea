package io.whalepod.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * apimachinery's string checks ({@code k8s.io/apimachinery/pkg/util/validation}), with its exact messages. Each
 * check returns the list of what is wrong with a value, empty when the value is fine.
 */
public final class Formats {
  private Formats() {}

  /** The longest RFC 1123 label, in bytes. */
  public static final int DNS1123_LABEL_MAX_LENGTH = 63;
  /** The longest RFC 1123 subdomain, in bytes. */
  public static final int DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
  /** The longest label value, in bytes. */
  public static final int LABEL_VALUE_MAX_LENGTH = 63;
  private static final int QUALIFIED_NAME_MAX_LENGTH = 63;
  private static final int PORT_NAME_MAX_LENGTH = 15;

  private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS1123_LABEL_ERR = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character";
  private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
  private static final String DNS1123_SUBDOMAIN_ERR = "a lowercase RFC 1123 subdomain must consist of lower case "
      + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String QUALIFIED_NAME_ERR = "must consist of alphanumeric characters, '-', '_' or '.', "
      + "and must start and end with an alphanumeric character";
  private static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
  private static final String LABEL_VALUE_ERR = "a valid label must be an empty string or consist of alphanumeric "
      + "characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  private static final String ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
  private static final String ENV_VAR_NAME_ERR = "a valid environment variable name must consist of alphabetic "
      + "characters, digits, '_', '-', or '.', and must not start with a digit";
  private static final String HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
  private static final String HTTP_HEADER_NAME_ERR =
      "a valid HTTP header must consist of alphanumeric characters or '-'";

  private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);
  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);
  private static final Pattern ENV_VAR_NAME = Pattern.compile(ENV_VAR_NAME_FMT);
  private static final Pattern HTTP_HEADER_NAME = Pattern.compile(HTTP_HEADER_NAME_FMT);
  private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
  private static final Pattern ONE_LETTER = Pattern.compile(".*[a-z].*", Pattern.DOTALL);

  /**
   * {@code IsDNS1123Label}: container, volume and namespace names, hostnames.
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> dns1123Label(String value) {
    List<String> errors = new ArrayList<>();
    if (length(value) > DNS1123_LABEL_MAX_LENGTH) {
      errors.add(maxLenError(DNS1123_LABEL_MAX_LENGTH));
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
        // A valid subdomain that is no valid label: the length was checked, so it must be the dots.
        errors.add("must not contain dots");
      } else {
        errors.add(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, "my-name", "123-abc"));
      }
    }
    return List.copyOf(errors);
  }

  /**
   * {@code IsDNS1123Subdomain}: pod and node names, host aliases.
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> dns1123Subdomain(String value) {
    List<String> errors = new ArrayList<>();
    if (length(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
      errors.add(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
    }
    if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      errors.add(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, "example.com"));
    }
    return List.copyOf(errors);
  }

  /**
   * {@code IsQualifiedName}: label keys, annotation keys, resource names ({@code [prefix/]name}).
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> qualifiedName(String value) {
    List<String> errors = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    switch (parts.length) {
      case 1 -> name = parts[0];
      case 2 -> {
        String prefix = parts[0];
        name = parts[1];
        if (prefix.isEmpty()) {
          errors.add("prefix part " + emptyError());
        } else {
          dns1123Subdomain(prefix).forEach(msg -> errors.add("prefix part " + msg));
        }
      }
      default -> {
        errors.add("a qualified name " + regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, "MyName", "my.name",
            "123-abc") + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
        return List.copyOf(errors);
      }
    }
    if (name.isEmpty()) {
      errors.add("name part " + emptyError());
    } else if (length(name) > QUALIFIED_NAME_MAX_LENGTH) {
      errors.add("name part " + maxLenError(QUALIFIED_NAME_MAX_LENGTH));
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errors.add("name part " + regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
    }
    return List.copyOf(errors);
  }

  /**
   * {@code IsValidLabelValue}: label and node selector values.
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> labelValue(String value) {
    List<String> errors = new ArrayList<>();
    if (length(value) > LABEL_VALUE_MAX_LENGTH) {
      errors.add(maxLenError(LABEL_VALUE_MAX_LENGTH));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
    }
    return List.copyOf(errors);
  }

  /**
   * {@code IsValidPortName}: an IANA_SVC_NAME, at most 15 characters of {@code [-a-z0-9]} with a letter.
   *
   * @param port the port name to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> portName(String port) {
    List<String> errors = new ArrayList<>();
    if (length(port) > PORT_NAME_MAX_LENGTH) {
      errors.add(maxLenError(PORT_NAME_MAX_LENGTH));
    }
    if (!PORT_NAME_CHARSET.matcher(port).matches()) {
      errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!ONE_LETTER.matcher(port).matches()) {
      errors.add("must contain at least one letter (a-z)");
    }
    if (port.contains("--")) {
      errors.add("must not contain consecutive hyphens");
    }
    if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
      errors.add("must not begin or end with a hyphen");
    }
    return List.copyOf(errors);
  }

  /**
   * {@code IsValidPortNum}: 1 to 65535.
   *
   * @param port the port number to check
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> portNumber(long port) {
    return inRange(port, 1, 65535);
  }

  /**
   * {@code IsValidUserID} and {@code IsValidGroupID}: 0 to 2^32-1.
   *
   * @param id the user or group ID to check
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> userOrGroupId(long id) {
    return inRange(id, 0, 0xffffffffL);
  }

  private static List<String> inRange(long value, long min, long max) {
    return value >= min && value <= max ? List.of() : List.of(inclusiveRangeError(min, max));
  }

  /**
   * {@code IsEnvVarName}.
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> envVarName(String value) {
    List<String> errors = new ArrayList<>();
    if (!ENV_VAR_NAME.matcher(value).matches()) {
      errors.add(regexError(ENV_VAR_NAME_ERR, ENV_VAR_NAME_FMT, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
    }
    errors.addAll(chDirPrefix(value));
    return List.copyOf(errors);
  }

  /**
   * {@code IsHTTPHeaderName}.
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> httpHeaderName(String value) {
    return HTTP_HEADER_NAME.matcher(value).matches() ? List.of()
        : List.of(regexError(HTTP_HEADER_NAME_ERR, HTTP_HEADER_NAME_FMT, "X-Header-Name"));
  }

  /**
   * {@code IsValidIP}: an IPv4 or IPv6 address as Go's {@code net.ParseIP} reads it (no DNS lookup).
   *
   * @param value the value to check; never null
   * @return what is wrong, in apimachinery's words; empty when the value is fine, immutable
   */
  public static List<String> ipAddress(String value) {
    return IpAddresses.isValid(value) ? List.of()
        : List.of("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
  }

  /** apimachinery's {@code RegexError}, including its doubled space between examples. */
  static String regexError(String msg, String fmt, String... examples) {
    if (examples.length == 0) {
      return msg + " (regex used for validation is '" + fmt + "')";
    }
    StringBuilder out = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        out.append(" or ");
      }
      out.append('\'').append(examples[i]).append("', ");
    }
    return out.append("regex used for validation is '").append(fmt).append("')").toString();
  }

  static String maxLenError(int length) {
    return "must be no more than " + length + " characters";
  }

  static String emptyError() {
    return "must be non-empty";
  }

  static String inclusiveRangeError(long lo, long hi) {
    return "must be between " + lo + " and " + hi + ", inclusive";
  }

  private static List<String> chDirPrefix(String value) {
    if (value.equals(".")) {
      return List.of("must not be '.'");
    } else if (value.equals("..")) {
      return List.of("must not be '..'");
    } else if (value.startsWith("..")) {
      return List.of("must not start with '..'");
    }
    return List.of();
  }

  /** Go's {@code len}: bytes of UTF-8, not characters. */
  private static int length(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }
}
