package io.whalepod.docker.internal;

import io.whalepod.model.Container;
import io.whalepod.model.ContainerPort;
import io.whalepod.model.ExecAction;
import io.whalepod.model.Handler;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.HttpHeader;
import io.whalepod.model.IntOrString;
import io.whalepod.model.TcpSocketAction;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one probe or hook handler once (docs/behaviour.md §4). exec runs in the container; httpGet and tcpSocket go from this JVM
 * into the pod's network (the sandbox's address), so an image needs no curl.
 */
public final class ProbeRunner {
  private final ContainerIo io;
  private final Executor executor;
  private final HttpClient http;

  /** One per runtime: it holds the HTTP client every httpGet probe and hook shares. */
  public ProbeRunner(ContainerIo io, Executor executor) {
    this.io = io;
    this.executor = executor;
    this.http = HttpClient.newBuilder().executor(executor).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * True when the handler succeeded within {@code timeout}: exec exits 0, httpGet answers 200–399, tcpSocket
   * connects.
   *
   * @param podAddress the pod's IP (loopback under hostNetwork) for handlers that name no host
   */
  boolean run(Handler handler, Container container, String containerId, String podAddress, Duration timeout) {
    try {
      if (handler instanceof ExecAction exec) {
        return CompletableFuture.supplyAsync(() -> io.exec(containerId, exec.command()).exitCode(), executor)
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS) == 0;
      }
      if (handler instanceof HttpGetAction get) {
        return httpGet(get, container, podAddress, timeout);
      }
      if (handler instanceof TcpSocketAction tcp) {
        return connects(host(tcp.host(), podAddress), port(tcp.port(), container), timeout);
      }
      return false;
    } catch (TimeoutException | ExecutionException | IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean httpGet(HttpGetAction get, Container container, String podAddress, Duration timeout)
      throws IOException, InterruptedException {
    String scheme = get.scheme() == null ? "http" : get.scheme().toLowerCase(java.util.Locale.ROOT);
    String path = get.path() == null || get.path().isEmpty() ? "/" : get.path();
    URI uri = URI.create(scheme + "://" + host(get.host(), podAddress) + ":" + port(get.port(), container)
        + (path.startsWith("/") ? path : "/" + path));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
        .header("User-Agent", "kube-probe/1.31");
    for (HttpHeader header : get.httpHeaders()) {
      request.setHeader(header.name(), header.value());
    }
    int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    return status >= 200 && status < 400;
  }

  private static boolean connects(String host, int port, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return true;
    }
  }

  private static String host(String named, String podAddress) {
    return named == null || named.isEmpty() ? podAddress : named;
  }

  /** A number, or the containerPort of the container's port of that name (validation made sure it exists). */
  private static int port(IntOrString port, Container container) {
    if (port.isNumber()) {
      return port.number();
    }
    List<ContainerPort> ports = container.ports();
    return ports.stream().filter(p -> port.name().equals(p.name())).findFirst()
        .map(ContainerPort::containerPort).orElseThrow(() -> new IllegalArgumentException("no port " + port));
  }
}
