/**
 * Whalepod's JUnit 5 extension: {@link io.whalepod.junit.WhalepodTest} starts the {@link io.whalepod.junit.PodUnderTest}
 * pods of a test class and deletes them when their scope ends.
 */
module io.whalepod.junit {
  // TestPod hands out PodHandle, ExecResult, Pod and PodStatus.
  requires transitive io.whalepod.docker;
  // WhalepodTest is meta-annotated with @ExtendWith and WhalepodExtension implements Jupiter's callbacks.
  requires transitive org.junit.jupiter.api;
  requires org.junit.platform.commons;

  exports io.whalepod.junit;
}
