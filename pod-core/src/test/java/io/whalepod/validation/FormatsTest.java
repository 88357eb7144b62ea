package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {
  static final Named<Function<String, List<String>>> LABEL = Named.of("DNS-1123 label", Formats::dns1123Label);
  static final Named<Function<String, List<String>>> SUBDOMAIN =
      Named.of("DNS-1123 subdomain", Formats::dns1123Subdomain);
  static final Named<Function<String, List<String>>> QUALIFIED = Named.of("qualified name", Formats::qualifiedName);
  static final Named<Function<String, List<String>>> PORT_NAME = Named.of("port name", Formats::portName);
  static final Named<Function<String, List<String>>> ENV = Named.of("env var name", Formats::envVarName);
  static final Named<Function<String, List<String>>> HEADER = Named.of("HTTP header name", Formats::httpHeaderName);

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of(LABEL, "my-name"), Arguments.of(LABEL, "123-abc"), Arguments.of(LABEL, "a".repeat(63)),
        Arguments.of(SUBDOMAIN, "example.com"), Arguments.of(SUBDOMAIN, "a.b-c.d"),
        Arguments.of(QUALIFIED, "MyName"), Arguments.of(QUALIFIED, "my.name"), Arguments.of(QUALIFIED, "123-abc"),
        Arguments.of(QUALIFIED, "example.com/MyName"), Arguments.of(QUALIFIED, "app.kubernetes.io/part-of"),
        Arguments.of(PORT_NAME, "http"), Arguments.of(PORT_NAME, "h2c-1"), Arguments.of(PORT_NAME, "a23456789012345"),
        Arguments.of(ENV, "my.env-name"), Arguments.of(ENV, "MY_ENV.NAME"), Arguments.of(ENV, "MyEnvName1"),
        Arguments.of(ENV, "_"), Arguments.of(HEADER, "X-Header-Name"));
  }

  @ParameterizedTest(name = "\"{1}\" is a valid {0}")
  @MethodSource("valid")
  void validValuesHaveNoProblems(Function<String, List<String>> check, String value) {
    assertEquals(List.of(), check.apply(value));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(LABEL, "a".repeat(64), List.of("must be no more than 63 characters")),
        Arguments.of(LABEL, "a.b", List.of("must not contain dots")),
        Arguments.of(SUBDOMAIN, "a".repeat(254), List.of("must be no more than 253 characters")),
        Arguments.of(QUALIFIED, "Example.com/x", List.of("prefix part " + PodValidatorTest.SUBDOMAIN_RULE)),
        Arguments.of(QUALIFIED, "example.com/", List.of("name part must be non-empty",
            "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
                + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation "
                + "is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')")),
        Arguments.of(QUALIFIED, "x".repeat(64), List.of("name part must be no more than 63 characters")),
        Arguments.of(PORT_NAME, "-http", List.of("must not begin or end with a hyphen")),
        Arguments.of(PORT_NAME, "a--b", List.of("must not contain consecutive hyphens")),
        Arguments.of(PORT_NAME, "", List.of("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
            "must contain at least one letter (a-z)")),
        Arguments.of(ENV, "..x", List.of("must not start with '..'")),
        Arguments.of(ENV, ".", List.of("must not be '.'")),
        Arguments.of(HEADER, "X Header", List.of("a valid HTTP header must consist of alphanumeric characters or "
            + "'-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')")));
  }

  @ParameterizedTest(name = "\"{1}\" is no valid {0}")
  @MethodSource("invalid")
  void invalidValuesListEveryBrokenRule(Function<String, List<String>> check, String value, List<String> problems) {
    assertEquals(problems, check.apply(value));
  }
}
