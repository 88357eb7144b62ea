package io.whalepod.docker.internal;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again when it failed on a pooled connection that the engine had closed (it restarted, or
 * dropped idle connections): "Broken pipe", "Connection reset", or no response at all. docker-java's pool does not
 * check idle connections before use, and httpclient5 retries only idempotent requests, so without this a
 * long-lived runtime's first POST after an engine restart fails. A request whose body is a stream (an upload) or
 * that takes over the connection (attach, exec) cannot be sent twice and is not retried.
 */
final class StaleConnectionRetry implements DockerHttpClient {
  private static final Logger log = LoggerFactory.getLogger(StaleConnectionRetry.class);

  private final DockerHttpClient delegate;
  /** Every idle connection in the pool may be stale, and each failure discards one: at most this many tries. */
  private final int poolSize;

  StaleConnectionRetry(DockerHttpClient delegate, int poolSize) {
    this.delegate = delegate;
    this.poolSize = poolSize;
  }

  @Override
  public Response execute(Request request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return delegate.execute(request);
      } catch (RuntimeException e) {
        if (attempt > poolSize || !isStaleConnection(e) || !canResend(request)) {
          throw e;
        }
        log.debug("{} {} failed on a stale connection ({}); sending it again", request.method(), request.path(),
            e.getMessage());
      }
    }
  }

  static boolean canResend(Request request) {
    return request.hijackedInput() == null && (request.bodyBytes() != null || request.body() == null);
  }

  static boolean isStaleConnection(Throwable error) {
    // docker-java's own Unix socket reports errno as JNA's LastErrorException ("[32] Broken pipe") in an
    // IOException; TCP reports a SocketException; httpclient5 a NoHttpResponseException when the read finds EOF.
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Broken pipe") || message.contains("Connection reset")
          || cause.getClass().getSimpleName().equals("NoHttpResponseException")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
