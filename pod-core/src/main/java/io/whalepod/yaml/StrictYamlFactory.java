package io.whalepod.yaml;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML factory whose parsers refuse aliases ({@code *name}). Jackson's YAML parser does not expand an alias: it
 * reads it as a string holding the anchor's name, so {@code image: *img} would silently become {@code "img"}.
 * Refusing them is clear, and also ends alias bombs ("billion laughs") at the first alias. Every way of creating
 * a parser (string, reader, stream, bytes) goes through here.
 */
final class StrictYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  StrictYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new AliasRefusingParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return _createParser(_createReader(in, null, context), context);
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    return _createParser(_createReader(data, offset, length, null, context), context);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
    return _createParser(new java.io.CharArrayReader(data, offset, length), context);
  }

  private static final class AliasRefusingParser extends YAMLParser {
    AliasRefusingParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions loaderOptions,
        ObjectCodec codec, Reader reader) {
      super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (isCurrentAlias()) {
        throw new JsonParseException(this, "YAML alias *" + getText()
            + " is not supported: write the value out in full");
      }
      return token;
    }
  }
}
