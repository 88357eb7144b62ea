package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateRunning;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  @Test
  void padsEachColumnToItsLongestCellPlusThreeSpacesButNotTheLast() {
    String table = Table.format(List.of(
        List.of("NAME", "READY", "AGE"),
        List.of("a-long-name", "1/1", "5s"),
        List.of("b", "10/10", "120m")));
    assertEquals(""
        + "NAME          READY   AGE\n"
        + "a-long-name   1/1     5s\n"
        + "b             10/10   120m\n", table);
  }

  @Test
  void emptyTableIsEmpty() {
    assertEquals("", Table.format(List.of()));
  }

  @Test
  void podRowsAsKubectlPrintsThem() {
    String table = Table.format(GetCommand.rows(List.of(running("web", "default", 200), pending("job", "batch")),
        false, false, NOW));
    assertEquals(""
        + "NAME   READY   STATUS    RESTARTS   AGE\n"
        + "web    1/1     Running   0          3m20s\n"
        + "job    0/1     Pending   0          <unknown>\n", table);
  }

  @Test
  void allNamespacesPutsNamespaceFirst() {
    String table = Table.format(GetCommand.rows(List.of(running("web", "team-a", 4 * 3600)), true, false, NOW));
    assertEquals(""
        + "NAMESPACE   NAME   READY   STATUS    RESTARTS   AGE\n"
        + "team-a      web    1/1     Running   0          4h\n", table);
  }

  @Test
  void wideAddsIpAndNode() {
    String table = Table.format(GetCommand.rows(List.of(running("web", "default", 5)), false, true, NOW));
    assertEquals(""
        + "NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n"
        + "web    1/1     Running   0          5s    172.17.0.2   <none>   <none>           <none>\n", table);
  }

  private static Pod running(String name, String namespace, long ageSeconds) {
    Pod pod = Pod.named(name).namespace(namespace).container(c -> c.name("main").image("busybox")).build();
    ContainerStatus main = new ContainerStatus("main", new ContainerState(null, new ContainerStateRunning(NOW), null),
        null, true, 0, "busybox", null, null, true);
    return pod.withMetadata(pod.metadata().withUid("uid", NOW.minusSeconds(ageSeconds)))
        .withStatus(new PodStatus("Running", null, null, null, null, "172.17.0.2", null, null, List.of(main)));
  }

  private static Pod pending(String name, String namespace) {
    return Pod.named(name).namespace(namespace).container(c -> c.name("main").image("busybox")).build();
  }
}
