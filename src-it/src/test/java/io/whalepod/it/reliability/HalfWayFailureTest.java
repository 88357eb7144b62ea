package io.whalepod.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodStartException;
import io.whalepod.it.Engine;
import io.whalepod.model.Capabilities;
import io.whalepod.model.Pod;
import io.whalepod.model.SecurityContext;
import io.whalepod.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Creation that fails after something was created: the sandbox, an emptyDir volume and a first member already
 * exist (the first member already runs when a later one fails to start). Everything is rolled back and the error
 * names the container and Docker's reason. {@code FailedCreationTest} covers failures caught before anything is
 * created (a missing image, a hostPath of the wrong type) and a host port taken by another process.
 */
@Tag("reliability")
class HalfWayFailureTest {

  enum Failure {
    /** Docker creates it, then cannot start it. */
    COMMAND_NOT_IN_IMAGE(c -> c.command("/no/such/program")),
    /** A host file bound over a directory of the image: Docker refuses the mount when it starts the member. */
    FILE_MOUNTED_OVER_A_DIRECTORY(c -> c.command("sleep", "600").mount("hostname-file", "/etc")),
    /** Not a Linux capability (nor a shell command): refused when the member is created. */
    CAPABILITY_THAT_DOES_NOT_EXIST(c -> c.command("sleep", "600").securityContext(
        new SecurityContext(new Capabilities(List.of("SYS_ADMIN; reboot"), List.of()), null, null, null, null, null,
            null)));

    final UnaryOperator<io.whalepod.model.Container.Builder> second;

    Failure(UnaryOperator<io.whalepod.model.Container.Builder> second) {
      this.second = second;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "COMMAND_NOT_IN_IMAGE,           /no/such/program",
      "FILE_MOUNTED_OVER_A_DIRECTORY,  /etc",
      "CAPABILITY_THAT_DOES_NOT_EXIST, SYS_ADMIN",
  })
  void aLaterMemberThatFailsRollsBackEverythingAndIsNamed(Failure failure, String cause) {
    try (RelPods pods = RelPods.prefixed("half-way")) {
      Pod pod = Pod.named(pods.name(failure.ordinal())).terminationGracePeriodSeconds(0)
          .volume(Volume.emptyDir("scratch"))
          .volume(Volume.hostPath("hostname-file", "/etc/hostname", "File"))
          .container(c -> c.name("first").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("sleep", "600").mount("scratch", "/scratch"))
          .container(c -> failure.second.apply(c.name("second").image("whalepod/busybox")
              .imagePullPolicy("IfNotPresent")))
          .build();
      PodStartException e = assertThrows(PodStartException.class, () -> {
        PodHandle started = Engine.RUNTIME.run(pod);
        started.delete(); // only reached when the failure did not happen: the assertion then reports it
      });
      System.out.println("half-way failure " + failure + ": " + e.getMessage());
      assertEquals("second", e.container(), e.getMessage());
      assertTrue(e.getMessage().contains(cause), e.getMessage());
      assertEquals(0, pods.leftovers(), "sandbox, first member or volume left behind");
    }
  }
}
