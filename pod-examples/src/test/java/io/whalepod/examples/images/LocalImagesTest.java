package io.whalepod.examples.images;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.internal.DockerClients;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only what needs no engine: building is checked by hand (see the report) or by the pods. */
class LocalImagesTest {
  // Creating clients does not connect; nothing here talks to an engine.
  private final DockerClients clients = DockerClients.fromEnvironment(Map.of());
  private final LocalImages images = new LocalImages(clients);

  @AfterEach
  void close() {
    clients.close();
  }

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
