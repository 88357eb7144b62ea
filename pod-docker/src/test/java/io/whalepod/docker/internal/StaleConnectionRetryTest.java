package io.whalepod.docker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which failures are a stale pooled connection, and which requests may be sent twice. */
class StaleConnectionRetryTest {
  private static final DockerHttpClient.Request CREATE = DockerHttpClient.Request.builder()
      .method(DockerHttpClient.Request.Method.POST).path("/containers/create").bodyBytes("{}".getBytes()).build();

  /** Fails with the given errors in turn, then answers. */
  private static final class Failing implements DockerHttpClient {
    private final List<RuntimeException> errors;
    private final Response answer = new Answer();
    int calls;

    Failing(RuntimeException... errors) {
      this.errors = new ArrayList<>(List.of(errors));
    }

    @Override
    public Response execute(Request request) {
      calls++;
      if (!errors.isEmpty()) {
        throw errors.remove(0);
      }
      return answer;
    }

    @Override
    public void close() {}
  }

  private static final class Answer implements DockerHttpClient.Response {
    @Override
    public int getStatusCode() {
      return 201;
    }

    @Override
    public Map<String, List<String>> getHeaders() {
      return Map.of();
    }

    @Override
    public InputStream getBody() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public void close() {}
  }

  /** As docker-java's Unix socket reports EPIPE: JNA's LastErrorException inside an IOException. */
  private static RuntimeException brokenPipe() {
    return new RuntimeException(new IOException(new RuntimeException("[32] Broken pipe")));
  }

  @Test
  void aPostThatMetABrokenPipeIsSentAgain() {
    Failing engine = new Failing(brokenPipe());
    assertSame(engine.answer, new StaleConnectionRetry(engine, 2).execute(CREATE));
    assertEquals(2, engine.calls);
  }

  @Test
  void asOftenAsThePoolHasConnectionsThatMayBeStale() {
    Failing recovers = new Failing(brokenPipe(), brokenPipe());
    assertSame(recovers.answer, new StaleConnectionRetry(recovers, 2).execute(CREATE));
    assertEquals(3, recovers.calls);
    Failing staysBroken = new Failing(brokenPipe(), brokenPipe(), brokenPipe(), brokenPipe());
    assertThrows(RuntimeException.class, () -> new StaleConnectionRetry(staysBroken, 2).execute(CREATE));
    assertEquals(3, staysBroken.calls);
  }

  @Test
  void otherFailuresAreNotRetried() {
    Failing engine = new Failing(new RuntimeException(new IOException("No such file or directory")));
    assertThrows(RuntimeException.class, () -> new StaleConnectionRetry(engine, 2).execute(CREATE));
    assertEquals(1, engine.calls);
  }

  @Test
  void aStreamedBodyOrAHijackedConnectionCannotBeSentTwice() {
    var upload = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.PUT)
        .path("/containers/x/archive").body(new ByteArrayInputStream(new byte[1])).build();
    var attach = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.POST)
        .path("/exec/x/start").hijackedInput(new ByteArrayInputStream(new byte[1])).build();
    assertFalse(StaleConnectionRetry.canResend(upload));
    assertFalse(StaleConnectionRetry.canResend(attach));
    assertTrue(StaleConnectionRetry.canResend(CREATE));
    Failing engine = new Failing(brokenPipe());
    assertThrows(RuntimeException.class, () -> new StaleConnectionRetry(engine, 2).execute(upload));
    assertEquals(1, engine.calls);
  }

  @Test
  void aResetOrAMissingResponseMayComeAfterTheEngineRanTheRequestAndIsNotResent() {
    assertFalse(StaleConnectionRetry.isStaleConnection(new RuntimeException(
        new java.net.SocketException("Connection reset by peer"))));
    Failing engine = new Failing(new RuntimeException(new IOException("The target server failed to respond")));
    assertThrows(RuntimeException.class, () -> new StaleConnectionRetry(engine, 2).execute(CREATE));
    assertEquals(1, engine.calls);
  }
}
