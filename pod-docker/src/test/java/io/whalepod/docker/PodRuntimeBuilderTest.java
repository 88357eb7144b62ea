package io.whalepod.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine is named by a URI, checked when it is set; none of these reach an engine. */
class PodRuntimeBuilderTest {

  @ParameterizedTest
  @ValueSource(strings = {"unix:///var/run/docker.sock", "tcp://127.0.0.1:2375", "tcp://engine.example:2376"})
  void acceptsAUnixSocketOrATcpAddress(String host) {
    PodRuntime.builder().dockerHost(host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/var/run/docker.sock", "http://127.0.0.1:2375", "tcp://127.0.0.1", "unix://",
      "ssh://me@host", "not a uri"})
  void refusesAnythingElseNamingIt(String host) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PodRuntime.builder().dockerHost(host));

    assertTrue(e.getMessage().contains(host), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theDockerHostWinsOverTheEnvironmentsAndIsNamedWhenItDoesNotAnswer(boolean withEnvironment) {
    String host = "unix:///nonexistent/whalepod-builder-test.sock";
    PodRuntime.Builder builder = PodRuntime.builder().dockerHost(host);
    if (withEnvironment) {
      builder.environment(Map.of("DOCKER_HOST", "unix:///var/run/docker.sock"));
    }

    EngineUnreachableException e = assertThrows(EngineUnreachableException.class, builder::build);

    assertEquals(host, e.dockerHost());
  }
}
