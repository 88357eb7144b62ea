package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A startup, liveness or readiness probe. Null timings mean Kubernetes' defaults
 * (see {@code io.whalepod.validation.Defaults}). Exactly one handler is set in a valid probe.
 *
 * @param exec                          runs a command in the container; success is exit code 0
 * @param httpGet                       sends an HTTP GET; success is a status from 200 to 399
 * @param tcpSocket                     opens a TCP connection; success is that it connects
 * @param initialDelaySeconds           seconds after the container starts before the first probe
 * @param timeoutSeconds                seconds after which one probe counts as failed
 * @param periodSeconds                 seconds between probes
 * @param successThreshold              consecutive successes that count as success after a failure
 * @param failureThreshold              consecutive failures that count as failure
 * @param terminationGracePeriodSeconds the grace period when a failed probe kills the container; null for the
 *                                      pod's
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

  /**
   * A probe with the given handler and default timings.
   *
   * @param handler an {@link ExecAction}, {@link HttpGetAction} or {@link TcpSocketAction}
   * @return the probe
   */
  public static Probe of(Handler handler) {
    return new Probe(
        handler instanceof ExecAction e ? e : null,
        handler instanceof HttpGetAction h ? h : null,
        handler instanceof TcpSocketAction t ? t : null,
        null, null, null, null, null, null);
  }

  /**
   * A copy that probes at another interval.
   *
   * @param seconds seconds between probes
   * @return the new probe; this one is unchanged
   */
  public Probe withPeriodSeconds(int seconds) {
    return new Probe(exec, httpGet, tcpSocket, initialDelaySeconds, timeoutSeconds, seconds, successThreshold,
        failureThreshold, terminationGracePeriodSeconds);
  }

  /**
   * A copy that waits longer or shorter before the first probe.
   *
   * @param seconds seconds after the container starts
   * @return the new probe; this one is unchanged
   */
  public Probe withInitialDelaySeconds(int seconds) {
    return new Probe(exec, httpGet, tcpSocket, seconds, timeoutSeconds, periodSeconds, successThreshold,
        failureThreshold, terminationGracePeriodSeconds);
  }

  /**
   * A copy that tolerates more or fewer failures.
   *
   * @param threshold consecutive failures that count as failure
   * @return the new probe; this one is unchanged
   */
  public Probe withFailureThreshold(int threshold) {
    return new Probe(exec, httpGet, tcpSocket, initialDelaySeconds, timeoutSeconds, periodSeconds, successThreshold,
        threshold, terminationGracePeriodSeconds);
  }

  /**
   * A copy with all timings replaced; null means Kubernetes' default.
   *
   * @param initialDelay {@code initialDelaySeconds}; may be null
   * @param timeout {@code timeoutSeconds}; may be null
   * @param period {@code periodSeconds}; may be null
   * @param success {@code successThreshold}; may be null
   * @param failure {@code failureThreshold}; may be null
   * @return the new probe; this one is unchanged
   */
  public Probe withTimings(Integer initialDelay, Integer timeout, Integer period, Integer success, Integer failure) {
    return new Probe(exec, httpGet, tcpSocket, initialDelay, timeout, period, success, failure,
        terminationGracePeriodSeconds);
  }

  /**
   * The handlers that are set: exactly one in a valid probe.
   *
   * @return the handlers, in the order exec, httpGet, tcpSocket; immutable
   */
  @JsonIgnore
  public java.util.List<Handler> handlers() {
    return Stream.<Handler>of(exec, httpGet, tcpSocket).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The one handler, or null when none (or several) is set.
   *
   * @return the handler, or null
   */
  @JsonIgnore
  public Handler handler() {
    var all = handlers();
    return all.size() == 1 ? all.get(0) : null;
  }

  /**
   * The wait before the first run; Kubernetes' default is none.
   *
   * @return {@code initialDelaySeconds}, else zero
   */
  @JsonIgnore
  public Duration initialDelay() {
    return Duration.ofSeconds(initialDelaySeconds == null ? 0 : initialDelaySeconds);
  }

  /**
   * The time between runs; Kubernetes' default is 10 s.
   *
   * @return {@code periodSeconds}, else 10 s
   */
  @JsonIgnore
  public Duration period() {
    return Duration.ofSeconds(periodSeconds == null ? 10 : periodSeconds);
  }

  /**
   * How long one run may take; Kubernetes' default is 1 s.
   *
   * @return {@code timeoutSeconds}, else 1 s
   */
  @JsonIgnore
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds == null ? 1 : timeoutSeconds);
  }

  /**
   * How many successes in a row make a failing probe pass; Kubernetes' default is 1.
   *
   * @return {@code successThreshold}, else 1
   */
  @JsonIgnore
  public int effectiveSuccessThreshold() {
    return successThreshold == null ? 1 : successThreshold;
  }

  /**
   * How many failures in a row make a passing probe fail; Kubernetes' default is 3.
   *
   * @return {@code failureThreshold}, else 3
   */
  @JsonIgnore
  public int effectiveFailureThreshold() {
    return failureThreshold == null ? 3 : failureThreshold;
  }
}
