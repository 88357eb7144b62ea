package io.whalepod.docker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.DockerException;
import io.whalepod.docker.EngineUnreachableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerClientsTest {

  @Test
  void withoutAnApiVersionTheEngineAnswersInItsOwn() {
    try (DockerClients clients = DockerClients.fromEnvironment(engineOnly())) {
      clients.ping();

      assertNotNull(clients.client().versionCmd().exec().getApiVersion());
      assertNotNull(clients.longCalls().infoCmd().exec().getServerVersion());
    }
  }

  @Test
  void honoursDockerApiVersion() {
    Map<String, String> tooNew = engineOnly();
    tooNew.put("DOCKER_API_VERSION", "1.99");

    try (DockerClients clients = DockerClients.fromEnvironment(tooNew)) {
      // The engine rejects a version it does not speak: proof that the prefix was sent.
      DockerException e =
          assertThrows(DockerException.class, () -> clients.client().infoCmd().exec());
      assertTrue(e.getMessage().contains("1.99"), e.getMessage());
    }
  }

  @Test
  void anUnreachableEngineIsNamedInTheError() {
    String host = "unix:///nonexistent/whalepod-test.sock";

    try (DockerClients clients = DockerClients.fromEnvironment(Map.of("DOCKER_HOST", host))) {
      EngineUnreachableException e = assertThrows(EngineUnreachableException.class, clients::ping);

      assertEquals(host, e.dockerHost());
      assertTrue(e.getMessage().contains(host), e.getMessage());
    }
  }

  @Test
  void withoutTheSystemSocketARootlessEnginesSocketIsUsed(@TempDir Path runtimeDir) throws IOException {
    Path missingSystemSocket = runtimeDir.resolve("no-system.sock");
    Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtimeDir.toString());
    assertEquals(DockerClients.DEFAULT_DOCKER_HOST, DockerClients.defaultHost(env, missingSystemSocket));

    Files.createFile(runtimeDir.resolve("docker.sock"));
    assertEquals("unix://" + runtimeDir.resolve("docker.sock"), DockerClients.defaultHost(env, missingSystemSocket));
    Files.createFile(missingSystemSocket);
    assertEquals(DockerClients.DEFAULT_DOCKER_HOST, DockerClients.defaultHost(env, missingSystemSocket),
        "the system socket wins when both exist");
  }

  /** The real engine's address, nothing else from the environment. */
  private static Map<String, String> engineOnly() {
    Map<String, String> env = new HashMap<>();
    String host = System.getenv("DOCKER_HOST");
    if (host != null) {
      env.put("DOCKER_HOST", host);
    }
    return env;
  }
}
