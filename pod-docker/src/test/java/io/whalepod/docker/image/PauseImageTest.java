package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectImageResponse;
import io.whalepod.docker.internal.DockerClients;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class PauseImageTest {
  private static final Logger log = LoggerFactory.getLogger(PauseImageTest.class);

  private static DockerClients clients;
  private static ThrowawayImages images;

  @BeforeAll
  static void connect() {
    clients = DockerClients.fromEnvironment();
    images = new ThrowawayImages(clients);
  }

  @AfterAll
  static void cleanUp() {
    images.close();
    clients.close();
  }

  @Test
  void buildsAnImageUnder100kBFromTheShippedBinary() {
    PauseImage pause = new PauseImage(clients.images(), images.repository("pause"));

    String reference = pause.ensure();

    InspectImageResponse image = clients.client().inspectImageCmd(reference).exec();
    log.info("{} is {} bytes", reference, image.getSize());
    assertTrue(image.getSize() < 100_000, "pause image is " + image.getSize() + " bytes");
    assertArrayEquals(new String[] {"/pause"}, image.getConfig().getEntrypoint());
  }

  @Test
  void tagIsTheStartOfTheBinarysSha256SoANewBinaryGetsANewImage() throws Exception {
    String sha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shippedBinary()));

    String reference = new PauseImage(clients.images()).reference();

    assertEquals(PauseImage.REPOSITORY + ":" + sha.substring(0, 12), reference);
  }

  @Test
  void shippedBinaryIsAnElfExecutableOfAFewHundredBytes() throws Exception {
    byte[] binary = shippedBinary();

    assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, Arrays.copyOf(binary, 4));
    assertTrue(binary.length < 4096, "pause binary is " + binary.length + " bytes");
  }

  private static byte[] shippedBinary() throws Exception {
    try (InputStream in = PauseImage.class.getResourceAsStream(PauseImage.RESOURCE)) {
      return in.readAllBytes();
    }
  }
}
