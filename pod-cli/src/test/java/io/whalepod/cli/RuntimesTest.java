package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuntimesTest {
  @ParameterizedTest(name = "WHALEPOD_SUPERVISOR={0}: node agent {1}")
  @CsvSource({"node, true", "docker, false", "'', false", "NODE, false"})
  void detachedPodsGoToTheNodeAgentOnlyWhenTheEnvironmentSaysSo(String value, boolean agent) {
    assertEquals(agent, Runtimes.byNodeAgent(Map.of("WHALEPOD_SUPERVISOR", value)));
  }

  @org.junit.jupiter.api.Test
  void withoutTheVariableDockersRestartPoliciesKeepThem() {
    assertEquals(false, Runtimes.byNodeAgent(Map.of()));
  }
}
