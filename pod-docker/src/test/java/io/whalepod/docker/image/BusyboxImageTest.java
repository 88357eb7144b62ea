package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.internal.DockerClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BusyboxImageTest {
  private static final Logger log = LoggerFactory.getLogger(BusyboxImageTest.class);

  private static DockerClients clients;
  private static ThrowawayImages images;
  private static String reference;
  private LabelledContainers containers;

  @BeforeAll
  static void buildIntoAThrowawayRepository() {
    clients = DockerClients.fromEnvironment();
    images = new ThrowawayImages(clients);
    String repository = images.repository("busybox");
    reference =
        new BusyboxImage(new ImageBuilder(clients), new DebianPackages(), repository).ensure();
    log.info("{} is {} bytes", reference,
        clients.client().inspectImageCmd(reference).exec().getSize());
  }

  @AfterAll
  static void cleanUp() {
    images.close();
    clients.close();
  }

  @BeforeEach
  void containers() {
    containers = new LabelledContainers(clients);
  }

  @AfterEach
  void removeContainers() {
    containers.close();
  }

  @Test
  void echoPrintsHi() {
    LabelledContainers.Finished echo = containers.run(reference, List.of("echo", "hi"), h -> h);

    assertEquals(new LabelledContainers.Finished(0, "hi\n"), echo);
  }

  @Test
  void isTaggedWithTheDebianVersionAndLatestOnOneImage() {
    String latest = reference.substring(0, reference.lastIndexOf(':')) + ":latest";

    assertTrue(reference.matches(".*:[0-9][A-Za-z0-9_.-]*"), reference);
    assertEquals(
        clients.client().inspectImageCmd(reference).exec().getId(),
        clients.client().inspectImageCmd(latest).exec().getId());
  }

  @Test
  void hasAShellUsersAStickyTmpAndThePath() {
    LabelledContainers.Finished looks =
        containers.run(
            reference,
            List.of("sh", "-c", "id -u nobody; stat -c %a /tmp; readlink /bin/sh; echo $PATH"),
            h -> h);

    assertEquals(
        new LabelledContainers.Finished(
            0, "65534\n1777\n/bin/busybox\n/usr/sbin:/usr/bin:/sbin:/bin\n"),
        looks);
  }

  @Test
  void defaultCommandIsSh() {
    String[] cmd = clients.client().inspectImageCmd(reference).exec().getConfig().getCmd();

    assertEquals(List.of("sh"), List.of(cmd));
  }
}
