package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.stream.Stream;

/**
 * A startup, liveness or readiness probe. Null timings mean Kubernetes' defaults
 * (see {@code io.whalepod.validation.Defaults}).
 */
public record Probe(
    ExecAction exec,
    HttpGetAction httpGet,
    TcpSocketAction tcpSocket,
    Integer initialDelaySeconds,
    Integer timeoutSeconds,
    Integer periodSeconds,
    Integer successThreshold,
    Integer failureThreshold,
    Long terminationGracePeriodSeconds) {

  /** A probe with the given handler and default timings. */
  public static Probe of(Handler handler) {
    return new Probe(
        handler instanceof ExecAction e ? e : null,
        handler instanceof HttpGetAction h ? h : null,
        handler instanceof TcpSocketAction t ? t : null,
        null, null, null, null, null, null);
  }

  public Probe withPeriodSeconds(int seconds) {
    return new Probe(exec, httpGet, tcpSocket, initialDelaySeconds, timeoutSeconds, seconds, successThreshold,
        failureThreshold, terminationGracePeriodSeconds);
  }

  public Probe withInitialDelaySeconds(int seconds) {
    return new Probe(exec, httpGet, tcpSocket, seconds, timeoutSeconds, periodSeconds, successThreshold,
        failureThreshold, terminationGracePeriodSeconds);
  }

  public Probe withFailureThreshold(int threshold) {
    return new Probe(exec, httpGet, tcpSocket, initialDelaySeconds, timeoutSeconds, periodSeconds, successThreshold,
        threshold, terminationGracePeriodSeconds);
  }

  public Probe withTimings(Integer initialDelay, Integer timeout, Integer period, Integer success, Integer failure) {
    return new Probe(exec, httpGet, tcpSocket, initialDelay, timeout, period, success, failure,
        terminationGracePeriodSeconds);
  }

  /** The handlers that are set: exactly one in a valid probe. */
  @JsonIgnore
  public java.util.List<Handler> handlers() {
    return Stream.<Handler>of(exec, httpGet, tcpSocket).filter(java.util.Objects::nonNull).toList();
  }

  /** The one handler, or null when none (or several) is set. */
  @JsonIgnore
  public Handler handler() {
    var all = handlers();
    return all.size() == 1 ? all.get(0) : null;
  }
}
