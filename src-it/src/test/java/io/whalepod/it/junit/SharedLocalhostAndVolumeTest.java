package io.whalepod.it.junit;

import io.whalepod.junit.PodUnderTest;
import io.whalepod.junit.TestPod;
import io.whalepod.junit.WhalepodTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.ExecResult;
import io.whalepod.docker.PodConditions;
import io.whalepod.model.Pod;
import io.whalepod.model.Volume;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WhalepodTest
class SharedLocalhostAndVolumeTest {
  // httpd starts a moment after the container is running; retry in the pod, briefly, rather than sleep here.
  private static final String WGET_WITH_RETRIES =
      "for i in $(seq 50); do wget -qO- http://127.0.0.1:8080/ && exit 0; sleep 0.1; done; exit 1";

  @PodUnderTest
  static final TestPod pair = TestPod.fromYaml("pods/pair.yaml").timeout(Duration.ofSeconds(90));

  @PodUnderTest
  final TestPod duo = TestPod.of(Pod.named("duo")
          .terminationGracePeriodSeconds(0)
          .volume(Volume.emptyDir("shared"))
          .container(c -> c.name("writer").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("sleep", "3600").mount("shared", "/out"))
          .container(c -> c.name("reader").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
              .command("sleep", "3600").mount("shared", "/in"))
          .build())
      .waitingFor(PodConditions::isReady);

  @Test
  void membersOfTheYamlPodShareLocalhost() {
    ExecResult page = pair.exec("client", "sh", "-c", WGET_WITH_RETRIES);

    assertEquals(0, page.exitCode(), page.stderr());
    assertEquals("hello-from-pair\n", page.stdout());
  }

  @Test
  void membersOfTheYamlPodShareTheEmptyDirAndSeeTheConfigMap() {
    assertEquals("hello-from-pair\n", pair.exec("client", "cat", "/data/index.html").stdout());
    assertEquals("hello from a ConfigMap", pair.exec("client", "cat", "/etc/greeting/greeting.txt").stdout());
  }

  @Test
  void theYamlPodIsReachableOnItsHostPort() throws Exception {
    assertEquals(0, pair.exec("client", "sh", "-c", WGET_WITH_RETRIES).exitCode());
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(pair.baseUrl(8080) + "/")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(18081, pair.hostPort(8080));
    assertEquals("hello-from-pair\n", response.body());
  }

  @Test
  void aPortWithoutHostPortHasNoBaseUrl() {
    assertThrows(IllegalStateException.class, () -> duo.baseUrl(8080));
  }

  @Test
  void aFileOneMemberWritesTheOtherReads() {
    assertEquals(0, duo.exec("writer", "sh", "-c", "echo written-by-writer > /out/note").exitCode());

    ExecResult read = duo.exec("reader", "cat", "/in/note");

    assertEquals("written-by-writer\n", read.stdout(), read.stderr());
  }

  @Test
  void membersOfTheJavaPodShareLocalhost() {
    duo.exec("writer", "sh", "-c", "mkdir -p /out/www && echo duo-page > /out/www/index.html");
    assertEquals(0, duo.exec("writer", "httpd", "-p", "8080", "-h", "/out/www").exitCode()); // daemonises

    ExecResult page = duo.exec("reader", "sh", "-c", WGET_WITH_RETRIES);

    assertEquals("duo-page\n", page.stdout(), page.stderr());
  }

  @Test
  void eachTestGetsAFreshInstancePod() {
    ExecResult note = duo.exec("reader", "ls", "/in");

    assertEquals("", note.stdout(), "the emptyDir of a new pod is empty");
    assertTrue(PodConditions.isReady(duo.get()));
  }
}
