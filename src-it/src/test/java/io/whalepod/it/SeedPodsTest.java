package io.whalepod.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodHandle;
import io.whalepod.model.ContainerStatus;
import io.whalepod.yaml.Manifest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example of the seed articles runs, and does what the article says (docs/behaviour.md §1, issue 4). */
class SeedPodsTest {

  /** Runs the example's pod, checks it, deletes it, and checks nothing is left. */
  private static void withPod(String example, Consumer<PodHandle> check) {
    Manifest manifest = Engine.example(example);
    PodHandle pod = Engine.RUNTIME.apply(manifest).get(0);
    try {
      check.accept(pod);
    } finally {
      pod.delete(Duration.ZERO);
    }
    assertEquals(0, Engine.leftovers(pod.uid()), "containers or volumes left behind");
  }

  private static String run(PodHandle pod, String container, String... command) {
    ExecResult result = pod.exec(container, command);
    assertEquals(0, result.exitCode(), () -> String.join(" ", command) + ": " + result.stderr());
    return result.stdout();
  }

  @Test
  void anInitContainerCopiesTheWarAndTomcatServesItOnHostPort8001() {
    withPod("javaweb-2.yaml", pod -> {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8001/sample/"))
          .timeout(Duration.ofSeconds(3)).build();
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
          http.send(request, HttpResponse.BodyHandlers.ofString()).body().contains("Whalepod sample"));
      assertEquals("Completed", pod.status().initContainerStatuses().get(0).state().terminated().reason());
    });
  }

  @Test
  void twoContainersSeeTheSameEth0AddressAndMac() {
    withPod("two-containers.yaml", pod -> {
      String first = run(pod, "my-test-container1", "sh", "-c", "ip addr show eth0");
      String second = run(pod, "my-test-container2", "sh", "-c", "ip addr show eth0");
      assertTrue(first.contains("inet "), first);
      assertEquals(first, second);
      assertEquals("Running", pod.status().phase());
    });
  }

  @Test
  void anInitContainersFileIsSeenByTheAppContainer() {
    withPod("init-container-test.yaml", pod -> {
      run(pod, "app-container", "test", "-f", "/data/test.txt");
      ContainerStatus init = pod.status().initContainerStatuses().get(0);
      assertEquals("Completed", init.state().terminated().reason());
    });
  }

  @Test
  void oneContainerWritesIndexHtmlOnAHostPathAndTheOtherServesIt() {
    withPod("two-containers-volume.yaml", pod -> {
      run(pod, "c1", "sh", "-c", "echo 'written by c1' > /data/index.html");
      run(pod, "c2", "sh", "-c", "httpd -p 127.0.0.1:8081 -h /data");
      String page = run(pod, "c1", "wget", "-qO-", "http://127.0.0.1:8081/index.html");
      assertEquals("written by c1\n", page);
    });
  }

  @Test
  void sharedProcessNamespaceShowsPauseAsPid1AndSignalsCrossContainers() {
    withPod("share-process-namespace.yaml", pod -> {
      String ps = run(pod, "shell", "ps", "ax");
      String pid1 = ps.lines().filter(l -> l.trim().startsWith("1 ")).findFirst().orElse("");
      assertTrue(pid1.endsWith("/pause"), ps);
      assertTrue(ps.contains("httpd -f -p 80"), ps);
      run(pod, "shell", "sh", "-c", "kill -TERM $(pidof httpd)");
      // restartPolicy Always: the killed httpd comes back as attempt 1, its exit kept as lastState.
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        var httpd = pod.status().containerStatuses().get(0);
        return httpd.restartCount() == 1 && httpd.lastState().terminated() != null;
      });
    });
  }

  @Test
  void hostAliasesAppearInEtcHosts() {
    withPod("host-aliases.yaml", pod -> {
      String hosts = run(pod, "cat-hosts", "cat", "/etc/hosts");
      assertTrue(hosts.contains("10.1.2.3\tfoo.remote"), hosts);
      assertTrue(hosts.contains("10.1.2.3\tbar.remote"), hosts);
    });
  }

  @Test
  void theLogCollectorReadsTheAppsLogThroughTheSharedVolume() {
    withPod("log-sidecar.yaml", pod ->
        await().atMost(Duration.ofSeconds(15)).until(() -> pod.logs("log-collector").contains("line 2")));
  }

  @Test
  void aProxyReachesItsSiblingOnLoopbackAndIsPublishedOnItsHostPort() {
    withPod("proxy-sidecar.yaml", pod -> {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8002/"))
          .timeout(Duration.ofSeconds(3)).build();
      await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
          http.send(request, HttpResponse.BodyHandlers.ofString()).body().contains("hello from the backend"));
    });
  }
}
