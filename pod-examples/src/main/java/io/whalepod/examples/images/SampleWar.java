package io.whalepod.examples.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The sample web application as WAR bytes, zipped from the classpath resources under {@code
 * sample-war/}: an {@code index.html} and a {@code WEB-INF/web.xml}. Entries carry a fixed time,
 * so the same resources always give the same bytes.
 */
final class SampleWar {
  private static final String ROOT = "sample-war/";
  private static final List<String> FILES = List.of("index.html", "WEB-INF/web.xml");
  private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip epoch

  private SampleWar() {}

  /** The WAR's bytes. */
  static byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "WEB-INF/", null);
      for (String file : FILES) {
        entry(zip, file, resource(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not zip the sample WAR", e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    zip.putNextEntry(entry);
    if (content != null) {
      zip.write(content);
    }
    zip.closeEntry();
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = SampleWar.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IOException("missing classpath resource " + ROOT + file);
      }
      return in.readAllBytes();
    }
  }
}
