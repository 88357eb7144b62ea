package io.whalepod.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A postStart or preStop hook: exactly one of exec, httpGet, tcpSocket. */
public record LifecycleHandler(ExecAction exec, HttpGetAction httpGet, TcpSocketAction tcpSocket) {

  public static LifecycleHandler of(Handler handler) {
    return new LifecycleHandler(
        handler instanceof ExecAction e ? e : null,
        handler instanceof HttpGetAction h ? h : null,
        handler instanceof TcpSocketAction t ? t : null);
  }

  @JsonIgnore
  public List<Handler> handlers() {
    return Stream.<Handler>of(exec, httpGet, tcpSocket).filter(Objects::nonNull).toList();
  }

  @JsonIgnore
  public Handler handler() {
    var all = handlers();
    return all.size() == 1 ? all.get(0) : null;
  }
}
