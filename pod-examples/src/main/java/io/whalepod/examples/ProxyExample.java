package io.whalepod.examples;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.model.Pod;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The fourth seed article's nginx + ghost idea, built in Java: a proxy reaches its backend on 127.0.0.1 because
 * both share the pod's network namespace; only the proxy's port is published on the host.
 */
public final class ProxyExample {
  private ProxyExample() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Pod pod = Pod.named("proxy-example")
        .container(c -> c.name("backend").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "mkdir -p /www && echo 'hello from the backend' > /www/index.html"
                + " && httpd -f -p 127.0.0.1:2368 -h /www"))
        .container(c -> c.name("proxy").image("whalepod/busybox").imagePullPolicy("IfNotPresent")
            .command("sh", "-c", "while true; do nc -l -p 80 -e nc 127.0.0.1 2368; done")
            .hostPort(80, 8003))
        .build();
    try (PodRuntime runtime = PodRuntime.fromEnvironment(); PodHandle handle = runtime.run(pod)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8003/"))
          .timeout(Duration.ofSeconds(2)).build();
      for (int attempt = 0; attempt < 50; attempt++) {
        try {
          System.out.print("through the proxy: " + http.send(request, HttpResponse.BodyHandlers.ofString()).body());
          return;
        } catch (IOException notYet) {
          Thread.sleep(100); // the proxy's nc is not listening yet
        }
      }
      System.err.println("the proxy did not answer on 127.0.0.1:8003");
      System.exit(1);
    }
  }
}
