package io.whalepod.examples.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SampleWarTest {
  @Test
  void holdsTheIndexPageAndTheDeploymentDescriptor() throws IOException {
    Map<String, String> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(SampleWar.bytes()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    assertEquals(java.util.Set.of("WEB-INF/", "index.html", "WEB-INF/web.xml"), entries.keySet());
    assertTrue(entries.get("index.html").contains("<h1>Whalepod sample</h1>"));
    assertTrue(entries.get("WEB-INF/web.xml").contains("<web-app"));
  }

  @Test
  void isReproducible() {
    assertArrayEquals(SampleWar.bytes(), SampleWar.bytes());
  }
}
