package io.whalepod.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.whalepod.model.KubernetesObject;
import io.whalepod.model.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Kubernetes manifests: one or many YAML (or JSON) documents separated by {@code ---}. Strict like the API
 * server: unknown fields, duplicate keys and wrong types are errors that carry line, column and field path.
 */
public final class ManifestReader {
  private ManifestReader() {}

  /**
   * Reads every document of a file.
   *
   * @param file the manifest file; never null
   * @return its documents
   * @throws ManifestException when the file is larger than 3 MiB, not UTF-8 text, or not a valid manifest
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Manifest read(Path file) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > Mappers.MAX_MANIFEST_BYTES) {
        throw tooLarge(source, size); // before reading: a huge file costs neither time nor memory
      }
      return read(ManifestText.decode(Files.readAllBytes(file), source), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every document of a stream; {@code source} names it in error messages (a file name, "stdin").
   *
   * @param in the stream, read as UTF-8 up to 3 MiB and not closed
   * @param source what the stream is, for error messages
   * @return its documents
   * @throws ManifestException when a document cannot be read
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static Manifest read(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes(Mappers.MAX_MANIFEST_BYTES + 1);
      if (bytes.length > Mappers.MAX_MANIFEST_BYTES) {
        throw tooLarge(source, bytes.length);
      }
      return read(ManifestText.decode(bytes, source), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every document of a string.
   *
   * @param yaml one or more YAML or JSON documents; never null
   * @return the documents
   * @throws ManifestException when a document cannot be read
   */
  public static Manifest readString(String yaml) {
    return read(yaml, "<string>");
  }

  /**
   * Reads a string that holds exactly one Pod.
   *
   * @param yaml the YAML or JSON text; never null
   * @return the pod
   * @throws ManifestException when it cannot be read or does not hold exactly one Pod
   */
  public static Pod readPod(String yaml) {
    List<Pod> pods = readString(yaml).pods();
    if (pods.size() != 1) {
      throw new ManifestException("<string>", 0, 0, "", "expected exactly one Pod, found " + pods.size(), null);
    }
    return pods.get(0);
  }

  /** The whole text is kept: an unknown field's location is looked up in it again (see {@link FieldLocator}). */
  private static Manifest read(String text, String source) {
    if (text.length() > Mappers.MAX_MANIFEST_BYTES) { // UTF-8 has at least one byte per char
      throw tooLarge(source, text.getBytes(StandardCharsets.UTF_8).length);
    }
    List<KubernetesObject> documents = new ArrayList<>();
    // Documents follow one another in the stream: what comes after one is the next, not trailing garbage.
    ObjectReader objects = Mappers.YAML.readerFor(KubernetesObject.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser parser = Mappers.YAML.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        // An empty document ("---" followed by nothing) is a null scalar: Kubernetes skips it, so do we.
        if (!isEmptyDocument(parser, token)) {
          documents.add(objects.readValue(parser));
        }
      }
    } catch (JsonProcessingException e) {
      throw translate(e, source, text, documents.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // snakeyaml reports some limits (size, nesting) and bad characters as unchecked exceptions of its own.
      throw ManifestText.unreadableCharacter(e, text, source)
          .or(() -> ManifestText.syntaxError(e, source))
          .orElseGet(() -> new ManifestException(source, 0, 0, "", firstLine(e.getMessage()), e));
    }
    return Manifest.of(documents);
  }

  private static ManifestException tooLarge(String source, long size) {
    return new ManifestException(source, 0, 0, "", "too large: " + size + " bytes; a manifest may have at most "
        + Mappers.MAX_MANIFEST_BYTES + " (3 MiB, the Kubernetes API server's limit)", null);
  }

  private static boolean isEmptyDocument(JsonParser parser, JsonToken token) throws IOException {
    return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getText().isEmpty());
  }

  private static ManifestException translate(JsonProcessingException e, String source, String text, int document) {
    String path = e instanceof JsonMappingException m ? JacksonPaths.render(m.getPath()) : "";
    if (e instanceof UnknownFields.UnknownFieldException u) {
      path = path.isEmpty() ? u.field() : path + "." + u.field();
    }
    JsonLocation at = e.getLocation();
    Optional<ManifestException> unreadable = ManifestText.unreadableCharacter(e, text, source)
        .or(() -> ManifestText.syntaxError(e, source));
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    if ((at == null || at.getLineNr() <= 0) && !path.isEmpty()) {
      at = FieldLocator.find(text, document, path).orElse(at);
    }
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    return new ManifestException(source, Math.max(line, 0), Math.max(column, 0), path, problem(e), e);
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnknownFields.UnknownFieldException u) {
      return "unknown field \"" + u.field() + "\"";
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null || t.getTypeId().isEmpty()
          ? "kind: Required value: every document needs apiVersion and kind"
          : "kind: Unsupported value: \"" + t.getTypeId() + "\": supported values: \"Pod\", \"ConfigMap\", \"Secret\"";
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return "Invalid value: " + firstLine(v.getCause().getMessage());
    }
    if (e instanceof InvalidFormatException f) {
      return "Invalid value: \"" + f.getValue() + "\": expected " + JacksonPaths.describe(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "Invalid value: expected " + JacksonPaths.describe(m.getTargetType());
    }
    return firstLine(e.getOriginalMessage());
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
