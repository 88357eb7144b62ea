package io.whalepod.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** The text of a manifest before YAML: strict UTF-8, and where in it a character snakeyaml refused sits. */
final class ManifestText {
  private ManifestText() {}

  /**
   * Decodes UTF-8, refusing what is not: a binary file is an error where its first bad byte is, not a YAML
   * document of replacement characters.
   */
  static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(bytes, source, e);
    }
  }

  private static ManifestException notUtf8(byte[] bytes, String source, CharacterCodingException cause) {
    int offset = firstInvalidByte(bytes);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ManifestException(source, line, offset - lineStart + 1,
        "", String.format("not UTF-8 text: byte 0x%02x at offset %d", bytes[offset] & 0xff, offset), cause);
  }

  /** The offset of the first byte that starts no valid UTF-8 sequence. */
  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
    return result.isError() ? in.position() : 0;
  }

  /**
   * snakeyaml's refusal of a character (NUL, other control characters), wherever Jackson wrapped it, as an error
   * at that character: Jackson's own location for it is the document's start.
   */
  static Optional<ManifestException> unreadableCharacter(Throwable e, String text, String source) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ReaderException r) {
        int[] at = lineAndColumn(text, r.getPosition());
        return Optional.of(new ManifestException(source, at[0], at[1], "",
            String.format("special character U+%04X is not allowed in YAML", r.getCodePoint()), e));
      }
    }
    return Optional.empty();
  }

  /**
   * A YAML syntax error as snakeyaml words it, at its problem mark: Jackson keeps only the first line of the
   * message ("while scanning for the next token") and the location of the last good token.
   */
  static Optional<ManifestException> syntaxError(Throwable e, String source) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
        String context = m.getContext() == null ? "" : " (" + m.getContext() + (m.getContextMark() == null ? ""
            : " at " + (m.getContextMark().getLine() + 1) + ":" + (m.getContextMark().getColumn() + 1)) + ")";
        return Optional.of(new ManifestException(source, m.getProblemMark().getLine() + 1,
            m.getProblemMark().getColumn() + 1, "", m.getProblem().strip() + context, e));
      }
    }
    return Optional.empty();
  }

  /** Line and column (1-based) of a code point index, as an editor shows them. */
  static int[] lineAndColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < text.length() && index < codePointIndex; index++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
