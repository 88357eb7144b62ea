package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class BusyboxImageTest {
  private static final Logger log = LoggerFactory.getLogger(BusyboxImageTest.class);

  @RegisterExtension
  static final ImageTestEngine engine = new ImageTestEngine();
  private static String reference;

  @BeforeAll
  static void buildIntoAThrowawayRepository() {
    String repository = engine.images().repository("busybox");
    reference =
        new BusyboxImage(engine.newBuilder(), new DebianPackages(), repository).ensure();
    log.info("{} is {} bytes", reference,
        engine.clients().client().inspectImageCmd(reference).exec().getSize());
  }

  @Test
  void echoPrintsHi() {
    LabelledContainers.Finished echo = engine.containers().run(reference, List.of("echo", "hi"), h -> h);

    assertEquals(new LabelledContainers.Finished(0, "hi\n"), echo);
  }

  @Test
  void isTaggedWithTheDebianVersionAndLatestOnOneImage() {
    String latest = reference.substring(0, reference.lastIndexOf(':')) + ":latest";

    assertTrue(reference.matches(".*:[0-9][A-Za-z0-9_.-]*"), reference);
    assertEquals(
        engine.clients().client().inspectImageCmd(reference).exec().getId(),
        engine.clients().client().inspectImageCmd(latest).exec().getId());
  }

  @Test
  void hasAShellUsersAStickyTmpAndThePath() {
    LabelledContainers.Finished looks =
        engine.containers().run(
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
    String[] cmd = engine.clients().client().inspectImageCmd(reference).exec().getConfig().getCmd();

    assertEquals(List.of("sh"), List.of(cmd));
  }
}
