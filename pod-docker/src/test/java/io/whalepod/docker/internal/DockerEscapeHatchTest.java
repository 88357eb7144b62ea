package io.whalepod.docker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.whalepod.docker.EngineUnreachableException;
import io.whalepod.docker.PodRuntime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class DockerEscapeHatchTest {

  @Test
  void aRuntimeRunsOnTheCallersOwnClient() {
    try (DockerClients own = DockerClients.fromEnvironment();
        PodRuntime runtime = DockerEscapeHatch.build(PodRuntime.builder().detached(true), own.longCalls())) {
      assertEquals(List.of(), runtime.list("no-such-namespace-" + UUID.randomUUID()));
    }
  }

  @Test
  void nothingElseCanTakeTheHatchOver() {
    PodRuntime.builder(); // the builder's class installs the hatch when it initializes
    BiFunction<PodRuntime.Builder, DockerClients, PodRuntime> other = (builder, clients) -> null;

    assertThrows(IllegalStateException.class, () -> DockerEscapeHatch.install(other));
  }

  @Test
  void anUnreachableEngineIsReportedAsForAnyRuntime() {
    Map<String, String> nowhere = Map.of("DOCKER_HOST", "unix:///nonexistent/hatch.sock");
    try (DockerClients unreachable = DockerClients.fromEnvironment(nowhere)) {
      assertThrows(EngineUnreachableException.class,
          () -> DockerEscapeHatch.build(PodRuntime.builder(), unreachable.client()));
    }
  }
}
