package io.whalepod.status;

import static io.whalepod.status.Fixtures.crashLooping;
import static io.whalepod.status.Fixtures.exited;
import static io.whalepod.status.Fixtures.observed;
import static io.whalepod.status.Fixtures.pod;
import static io.whalepod.status.Fixtures.restarted;
import static io.whalepod.status.Fixtures.running;
import static io.whalepod.status.Fixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.Pod;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PodEventHistoryTest {
  private static final Pod ONE = pod("Always", "a");
  private static final Pod INIT = pod("Never", "init:setup", "a");

  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of("a pod not started yet was scheduled, nothing more", ONE, observed(ONE),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1")),
        Arguments.of("a running container was pulled, created and started once", ONE, observed(ONE, running("a")),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1",
                "Normal Pulled x1 Container image \"busybox\" already present on machine",
                "Normal Created x1 Created container a",
                "Normal Started x1 Started container a")),
        Arguments.of("restarts repeat Created and Started", ONE, observed(ONE, restarted("a", 2, 1)),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1",
                "Normal Pulled x3 Container image \"busybox\" already present on machine",
                "Normal Created x3 Created container a",
                "Normal Started x3 Started container a")),
        Arguments.of("a crash loop adds a BackOff warning", ONE, observed(ONE, crashLooping("a", 1, 1)),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1",
                "Normal Pulled x2 Container image \"busybox\" already present on machine",
                "Normal Created x2 Created container a",
                "Normal Started x2 Started container a",
                "Warning BackOff x1 Back-off restarting failed container a in pod web_default(null)")),
        Arguments.of("a missing image under Never is a warning, not a start", ONE,
            observed(ONE, waiting("a", "ErrImageNeverPull")),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1",
                "Warning ErrImageNeverPull x1 Container image \"busybox\" is not present with pull policy of Never")),
        Arguments.of("init containers come before app containers", INIT,
            observed(INIT, exited("setup", 0), running("a")),
            List.of("Normal Scheduled x1 Successfully assigned default/web to node-1",
                "Normal Pulled x1 Container image \"busybox\" already present on machine",
                "Normal Created x1 Created container setup",
                "Normal Started x1 Started container setup",
                "Normal Pulled x1 Container image \"busybox\" already present on machine",
                "Normal Created x1 Created container a",
                "Normal Started x1 Started container a")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void eventsFollowTheContainersDockerHolds(String description, Pod pod, PodObservation observed,
      List<String> expected) {
    assertEquals(expected, lines(Fixtures.withStatus(pod, observed)));
  }

  @Test
  void aPodBeingDeletedIsKillingItsRunningContainers() {
    Instant deleting = Fixtures.NOW;
    Pod pod = Fixtures.withStatus(ONE, observed(ONE, running("a")));
    pod = pod.withMetadata(pod.metadata().withDeletionTimestamp(deleting));
    assertEquals("Normal Killing x1 Stopping container a", lines(pod).get(4));
  }

  @Test
  void aPodWithoutStatusHasNoEvents() {
    assertEquals(List.of(), PodEventHistory.of(ONE, "node-1"));
  }

  private static List<String> lines(Pod pod) {
    return PodEventHistory.of(pod, "node-1").stream()
        .map(e -> e.type() + " " + e.reason() + " x" + e.count() + " " + e.message()).toList();
  }
}
