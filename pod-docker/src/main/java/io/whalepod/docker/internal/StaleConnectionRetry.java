package io.whalepod.docker.internal;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again when it failed on a pooled connection that the engine had closed (it restarted, or
 * dropped idle connections), which shows as "Broken pipe" when the request is written. docker-java's pool does not
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

  /**
   * Only a failed write: the request never reached an engine. A reset or a missing response may come after the
   * engine ran the request, and resending a create or a start would then fail or run it twice.
   */
  static boolean isStaleConnection(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Broken pipe")) {
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
