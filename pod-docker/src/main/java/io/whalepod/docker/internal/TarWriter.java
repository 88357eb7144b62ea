package io.whalepod.docker.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Just enough of POSIX ustar to hand Docker a build context: regular files and directories,
 * owned by root, with a fixed modification time so the same content gives the same bytes.
 */
public final class TarWriter {
  private static final int BLOCK = 512;
  private static final int NAME_LENGTH = 100;
  private static final int PREFIX_LENGTH = 155;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /**
   * Appends a regular file owned by root.
   *
   * @param path the file's path in the archive, relative
   * @param content the file's bytes; never null
   * @param mode the permission bits; only the low twelve are kept
   * @throws IllegalArgumentException if the path does not fit a ustar header
   */
  public void file(String path, byte[] content, int mode) {
    header(path, mode, content.length, '0');
    out.writeBytes(content);
    pad(content.length);
  }

  /**
   * Appends a directory owned by root.
   *
   * @param path the directory's path in the archive, relative; a trailing {@code /} is added if
   *     missing
   * @param mode the permission bits; only the low twelve are kept
   * @throws IllegalArgumentException if the path does not fit a ustar header
   */
  public void directory(String path, int mode) {
    header(path.endsWith("/") ? path : path + "/", mode, 0, '5');
  }

  /**
   * The archive, closed by its two zero blocks.
   *
   * @return the archive's bytes; write nothing more after this
   */
  public byte[] finish() {
    out.writeBytes(new byte[2 * BLOCK]);
    return out.toByteArray();
  }

  private void header(String path, int mode, long size, char type) {
    byte[] header = new byte[BLOCK];
    byte[] name = path.getBytes(StandardCharsets.UTF_8);
    int split = splitPoint(path, name);
    put(header, 0, NAME_LENGTH, name, split == 0 ? 0 : split + 1);
    octal(header, 100, 8, mode & 07777);
    octal(header, 108, 8, 0); // uid
    octal(header, 116, 8, 0); // gid
    octal(header, 124, 12, size);
    octal(header, 136, 12, 0); // mtime: fixed, so the context is reproducible
    header[156] = (byte) type;
    put(header, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII), 0);
    put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII), 0);
    put(header, 265, 32, "root".getBytes(StandardCharsets.US_ASCII), 0);
    put(header, 297, 32, "root".getBytes(StandardCharsets.US_ASCII), 0);
    if (split > 0) {
      System.arraycopy(name, 0, header, 345, split);
    }
    // The checksum is computed with its own field read as eight spaces.
    Arrays.fill(header, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    octal(header, 148, 7, sum);
    out.writeBytes(header);
  }

  /** Where to cut a long name into ustar's prefix and name fields: 0 if it fits as is. */
  private static int splitPoint(String path, byte[] name) {
    if (name.length <= NAME_LENGTH) {
      return 0;
    }
    for (int i = Math.min(name.length - 1, PREFIX_LENGTH); i > 0; i--) {
      if (name[i] == '/' && name.length - i - 1 <= NAME_LENGTH) {
        return i;
      }
    }
    throw new IllegalArgumentException("path too long for a tar entry: " + path);
  }

  private static void put(byte[] header, int offset, int length, byte[] value, int from) {
    System.arraycopy(value, from, header, offset, Math.min(length, value.length - from));
  }

  /** A zero-padded octal number ending in NUL, filling {@code length} bytes. */
  private static void octal(byte[] header, int offset, int length, long value) {
    String digits = Long.toOctalString(value);
    if (digits.length() > length - 1) {
      throw new IllegalArgumentException("value too large for a tar header field: " + value);
    }
    String padded = "0".repeat(length - 1 - digits.length()) + digits;
    put(header, offset, length - 1, padded.getBytes(StandardCharsets.US_ASCII), 0);
  }

  private void pad(long size) {
    int rest = (int) (size % BLOCK);
    if (rest != 0) {
      out.writeBytes(new byte[BLOCK - rest]);
    }
  }
}
