package io.whalepod.yaml;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/** The two Jackson mappers, configured once: strict like Kubernetes' decoder, terse like kubectl's output. */
final class Mappers {
  /**
   * The largest manifest read, as the Kubernetes API server's request limit (3 MiB): no Pod could be sent to a
   * cluster in a larger one, and snakeyaml scans one long unbroken scalar in time quadratic in its length.
   */
  static final int MAX_MANIFEST_BYTES = 3 * 1024 * 1024;
  /** Kubernetes objects nest a dozen levels; deeper input is an attack on the parser's stack. */
  static final int MAX_DEPTH = 64;
  /** Aliases are refused anyway ({@link StrictYamlFactory}); this is snakeyaml's own guard, kept as a second line. */
  static final int MAX_ALIASES = 50;
  /** The longest field name a Pod has is a qualified label key: 253 + 1 + 63 characters. */
  static final int MAX_NAME_LENGTH = 1024;
  /** No field of a Pod holds a number of more than 20 digits (int64); longer ones are rejected before parsing. */
  static final int MAX_NUMBER_LENGTH = 100;

  static final YAMLMapper YAML = configure(YAMLMapper.builder(yamlFactory())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      // The kind is a field of the document itself; no YAML tags such as !<Pod>.
      .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)).build();

  static final JsonMapper JSON = configure(JsonMapper.builder(new JsonFactoryBuilder()
          .streamReadConstraints(streamReadConstraints()).build()))
      .defaultPrettyPrinter(kubectlJson())
      .build();

  private Mappers() {}

  /** kubectl's JSON layout: 4-space indent, {@code "key": value}, {@code {}} and {@code []} when empty. */
  private static DefaultPrettyPrinter kubectlJson() {
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(MAX_ALIASES);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setCodePointLimit(MAX_MANIFEST_BYTES);
    loader.setAllowDuplicateKeys(false);
    return new StrictYamlFactory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(streamReadConstraints()));
  }

  /** Jackson's own bounds, set deliberately rather than left at its defaults (which allow 20 MB strings). */
  private static StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxDocumentLength(MAX_MANIFEST_BYTES)
        .maxStringLength(MAX_MANIFEST_BYTES)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        // Only record components are fields of the wire format; helper methods such as isReadOnly() are not.
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        // Kubernetes' strict decoding: unknown and duplicate fields are errors, "8080" is not a number.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new UnknownFields())
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Kubernetes' decoder also refuses the reverse: containerPort: 80.5 is not an int, image: 5 not a string.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(LogicalType.Textual, strings -> strings
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // kubectl's output: no nulls, no empty lists, RFC 3339 times.
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }
}
