package io.whalepod.model;

import java.util.List;

/**
 * An HTTP GET into the pod's network; success is a status from 200 to 399.
 *
 * @param path        the request path; null until defaulted to {@code /}
 * @param port        the port, by number or by container port name
 * @param host        the host to connect to; null for the pod's IP
 * @param scheme      {@code HTTP} or {@code HTTPS}; null until defaulted to {@code HTTP}
 * @param httpHeaders extra request headers
 */
public record HttpGetAction(String path, IntOrString port, String host, String scheme, List<HttpHeader> httpHeaders)
    implements Handler {
  /**
   * Copies the lists: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param path        the request path; null until defaulted to {@code /}
   * @param port        the port, by number or by container port name
   * @param host        the host to connect to; null for the pod's IP
   * @param scheme      {@code HTTP} or {@code HTTPS}; null until defaulted to {@code HTTP}
   * @param httpHeaders extra request headers
   */
  public HttpGetAction {
    httpHeaders = Copies.list(httpHeaders);
  }

  /**
   * A GET of this path on this port of the pod.
   *
   * @param path the request path
   * @param port the port number
   * @return the action
   */
  public static HttpGetAction of(String path, int port) {
    return new HttpGetAction(path, IntOrString.of(port), null, null, null);
  }
}
