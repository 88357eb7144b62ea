package io.whalepod.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FieldErrorTest {
  private static final FieldPath NAME = FieldPath.root("spec", "containers").index(1).child("volumeMounts").index(0)
      .child("name");

  static Arguments renders(String sentence, FieldError error, String expected) {
    return Arguments.of(Named.of(sentence, error), expected);
  }

  static Stream<Arguments> errors() {
    FieldPath image = FieldPath.root("spec", "containers").index(0).child("image");
    FieldPath port = FieldPath.root("spec", "containers").index(0).child("ports").index(0).child("containerPort");
    return Stream.of(
        renders("Not found quotes a string", FieldError.notFound(NAME, "shared"),
            "spec.containers[1].volumeMounts[0].name: Not found: \"shared\""),
        renders("Required shows no value", FieldError.required(image, ""), "spec.containers[0].image: Required value"),
        renders("Required with a detail", FieldError.required(FieldPath.root("metadata", "name"),
            "name or generateName is required"),
            "metadata.name: Required value: name or generateName is required"),
        renders("Unsupported lists the supported values quoted",
            FieldError.notSupported(FieldPath.root("spec", "restartPolicy"), "Sometimes",
                List.of("Always", "OnFailure", "Never")),
            "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", "
                + "\"Never\""),
        renders("Unsupported with an empty supported value",
            FieldError.notSupported(FieldPath.root("medium"), "Disk", List.of("", "Memory")),
            "medium: Unsupported value: \"Disk\": supported values: \"\", \"Memory\""),
        renders("Invalid prints an int plain",
            FieldError.invalid(port, 70000, "must be between 1 and 65535, inclusive"),
            "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
        renders("Invalid prints a long and a boolean plain", FieldError.invalid(FieldPath.root("x"), true, "no"),
            "x: Invalid value: true: no"),
        renders("Invalid prints null as null", FieldError.invalid(FieldPath.root("x"), null, "bad"),
            "x: Invalid value: null: bad"),
        renders("Invalid prints a double as Go does", FieldError.invalid(FieldPath.root("x"), 1.50, "bad"),
            "x: Invalid value: 1.5: bad"),
        renders("Invalid with an omitted value", FieldError.invalid(FieldPath.root("x"), FieldError.OMITTED_VALUE,
            "cannot do that"), "x: Invalid value: cannot do that"),
        renders("Duplicate", FieldError.duplicate(FieldPath.root("spec", "containers").index(1).child("name"), "app"),
            "spec.containers[1].name: Duplicate value: \"app\""),
        renders("Forbidden shows no value", FieldError.forbidden(FieldPath.root("spec", "volumes").index(0)
            .child("emptyDir"), "may not specify more than 1 volume type"),
            "spec.volumes[0].emptyDir: Forbidden: may not specify more than 1 volume type"),
        renders("Too long shows the limit, not the value", FieldError.tooLong(FieldPath.root("metadata",
            "annotations"), "x".repeat(300_000), 262144),
            "metadata.annotations: Too long: must have at most 262144 bytes"),
        renders("Too many shows the count", FieldError.tooMany(FieldPath.root("spec", "hostAliases"), 12, 10),
            "spec.hostAliases: Too many: 12: must have at most 10 items"),
        renders("a value without a detail ends after the value", FieldError.invalid(FieldPath.root("x"), "v", ""),
            "x: Invalid value: \"v\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void anErrorRendersExactlyAsKubectlShowsIt(FieldError error, String expected) {
    assertEquals(expected, error.toString());
  }

  @ParameterizedTest(name = "{0} is quoted as {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain       | \"plain\"",
      "say \"hi\"  | \"say \\\"hi\\\"\"",
      "back\\slash | \"back\\\\slash\"",
      "tab\there   | \"tab\\there\"",
      "näme        | \"näme\""})
  void stringsAreQuotedAsGoQuotesThem(String value, String expected) {
    assertEquals(expected, FieldError.quote(value.replace("\\t", "\t")));
  }

  @Test
  void controlCharactersAreEscapedAsGoEscapesThem() {
    assertEquals("\"a\\nb\\x00\\u200b\\r\"", FieldError.quote("a\nb\u0000\u200b\r"));
  }

  @Test
  void anErrorKnowsItsFieldAndBody() {
    FieldError e = FieldError.notFound(NAME, "shared");
    assertEquals("spec.containers[1].volumeMounts[0].name", e.field());
    assertEquals("Not found: \"shared\"", e.body());
    assertEquals("FieldValueNotFound", e.type().reason());
    assertEquals("Not found", e.type().message());
  }

  @Test
  void everyErrorTypeHasKubernetesText() {
    assertEquals(List.of("Not found", "Required value", "Duplicate value", "Invalid value", "Unsupported value",
            "Forbidden", "Too long", "Too many"),
        Stream.of(FieldError.ErrorType.values()).map(FieldError.ErrorType::message).toList());
  }
}
