package io.whalepod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.model.ContainerState;
import io.whalepod.model.ContainerStateTerminated;
import io.whalepod.model.ContainerStatus;
import io.whalepod.model.Pod;
import io.whalepod.model.PodCondition;
import io.whalepod.model.PodStatus;
import io.whalepod.model.Volume;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDescriberTest {
  private static final Instant T0 = Instant.parse("2024-01-01T10:00:00Z");

  private static Pod pod() {
    Pod pod = Pod.named("web")
        .volume(Volume.emptyDir("shared-data"))
        .initContainer(c -> c.name("init").image("whalepod/busybox").command("sh", "-c", "true"))
        .container(c -> c.name("httpd").image("whalepod/busybox").command("httpd", "-f").mount("shared-data", "/data"))
        .build();
    ContainerStatus init = new ContainerStatus("init",
        ContainerState.terminated(new ContainerStateTerminated(0, null, "Completed", null, T0, T0, "docker://i")),
        null, true, 0, "whalepod/busybox", "sha256:1", "docker://i", false);
    ContainerStatus httpd = new ContainerStatus("httpd", ContainerState.running(T0), null, true, 0,
        "whalepod/busybox", "sha256:1", "docker://h", true);
    return pod.withStatus(new PodStatus("Running",
        List.of(new PodCondition("Initialized", "True", null, T0, null, null),
            new PodCondition("Ready", "True", null, T0, null, null)),
        null, null, null, "172.17.0.2", T0, List.of(init), List.of(httpd)));
  }

  @Test
  void kubectlLayout() {
    String text = new PodDescriber(ZoneOffset.UTC, T0.plusSeconds(75), "node-1").describe(pod());
    assertTrue(text.startsWith("""
        Name:         web
        Namespace:    default
        Node:         <none>
        Start Time:   Mon, 01 Jan 2024 10:00:00 +0000
        Labels:       <none>
        Annotations:  <none>
        Status:       Running
        IP:           172.17.0.2
        IPs:
          IP:  172.17.0.2
        Init Containers:
          init:
            Container ID:  docker://i
        """), text);
    assertTrue(text.contains("""
        Containers:
          httpd:
            Container ID:  docker://h
            Image:         whalepod/busybox
            Image ID:      sha256:1
            Port:          <none>
            Host Port:     <none>
            Command:
              httpd
              -f
            State:          Running
              Started:      Mon, 01 Jan 2024 10:00:00 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /data from shared-data (rw)
        Conditions:
          Type          Status
          Initialized   True\s
          Ready         True\s
        Volumes:
          shared-data:
            Type:        EmptyDir (a temporary directory that shares a pod's lifetime)
        """), text);
    assertTrue(text.contains("      Reason:       Completed\n      Exit Code:    0\n"), text);
    assertTrue(text.endsWith("""
        Events:
          Type    Reason   Age   From     Message
          ----    ------   ----  ----     -------
          Normal  Pulled   75s   kubelet  Container image "whalepod/busybox" already present on machine
          Normal  Created  75s   kubelet  Created container init
          Normal  Started  75s   kubelet  Started container init
          Normal  Pulled   75s   kubelet  Container image "whalepod/busybox" already present on machine
          Normal  Created  75s   kubelet  Created container httpd
          Normal  Started  75s   kubelet  Started container httpd
        """), text);
  }

  @Test
  void aPodWithoutStatusHasNoEvents() {
    String text = new PodDescriber(ZoneOffset.UTC, T0, "node-1").describe(pod().withStatus(null));
    assertTrue(text.endsWith("Events:          <none>\n"), text);
  }

  @Test
  void tabWriterAlignsRunsBetweenUntabbedLines() {
    assertEquals("a:     1\nlong:  2\nbreak\nx:  3\n",
        new TabWriter().line("a:\t1").line("long:\t2").line("break").line("x:\t3").toString());
  }

  @Test
  void tabWriterAlignsEveryColumnButTheLast() {
    assertEquals("a    bb  last\nccc  d   x\n", new TabWriter().line("a\tbb\tlast").line("ccc\td\tx").toString());
  }
}
