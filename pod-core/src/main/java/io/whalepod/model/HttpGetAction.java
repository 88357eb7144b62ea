package io.whalepod.model;

import java.util.List;

/** An HTTP GET into the pod's network; success is a status from 200 to 399. */
public record HttpGetAction(String path, IntOrString port, String host, String scheme, List<HttpHeader> httpHeaders)
    implements Handler {
  public HttpGetAction {
    httpHeaders = Copies.list(httpHeaders);
  }

  public static HttpGetAction of(String path, int port) {
    return new HttpGetAction(path, IntOrString.of(port), null, null, null);
  }
}
