package io.whalepod.examples.images;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Only what needs no engine: building is checked by hand (see the report) or by the pods. */
class LocalImagesTest {
  // Nothing here talks to an engine: a build would fail the test.
  private final LocalImages images = new LocalImages((tags, context) -> fail("nothing is built here: " + tags));

  @Test
  void suppliesTheSeedManifestsImages() {
    assertTrue(images.supplies("whalepod/sample:v2"));
    assertTrue(images.supplies("whalepod/tomcat:7.0"));
    assertTrue(images.supplies("docker.io/whalepod/tomcat:7.0"));
  }

  @Test
  void suppliesNothingElse() {
    assertFalse(images.supplies("whalepod/tomcat:latest"));
    assertFalse(images.supplies("tomcat:7.0"));
    assertFalse(images.supplies("whalepod/busybox:latest"));
    assertThrows(IllegalArgumentException.class, () -> images.supply("tomcat:7.0"));
  }
}
