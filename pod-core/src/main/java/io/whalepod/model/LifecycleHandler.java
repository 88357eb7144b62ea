package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A postStart or preStop hook: exactly one of exec, httpGet, tcpSocket.
 *
 * @param exec      runs a command in the container; may be null
 * @param httpGet   sends an HTTP GET; may be null
 * @param tcpSocket opens a TCP connection; may be null
 */
public record LifecycleHandler(ExecAction exec, HttpGetAction httpGet, TcpSocketAction tcpSocket) {

  /**
   * A hook with the given handler.
   *
   * @param handler an {@link ExecAction}, {@link HttpGetAction} or {@link TcpSocketAction}
   * @return the hook
   */
  public static LifecycleHandler of(Handler handler) {
    return new LifecycleHandler(
        handler instanceof ExecAction e ? e : null,
        handler instanceof HttpGetAction h ? h : null,
        handler instanceof TcpSocketAction t ? t : null);
  }

  /**
   * The handlers that are set: exactly one in a valid hook.
   *
   * @return the handlers, in the order exec, httpGet, tcpSocket; immutable
   */
  @JsonIgnore
  public List<Handler> handlers() {
    return Stream.<Handler>of(exec, httpGet, tcpSocket).filter(Objects::nonNull).toList();
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
}
