package io.whalepod.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.DockerCmd;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records every engine request a docker-java client makes (command, start, end), by wrapping the client and its
 * commands in proxies: Whalepod's own per-request breakdown, with no change to Whalepod.
 */
final class RequestTimeline {
  /** One request, in nanoTime. */
  record Request(String command, long start, long end) {}

  private final List<Request> requests = new ArrayList<>();

  synchronized void clear() {
    requests.clear();
  }

  synchronized List<Request> requests() {
    return requests.stream().sorted(Comparator.comparingLong(Request::start)).toList();
  }

  private synchronized void add(Request request) {
    requests.add(request);
  }

  DockerClient wrap(DockerClient client) {
    return typedProxy(DockerClient.class, client, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof DockerCmd<?> && method.getReturnType().isInterface()) {
        return wrapCommand(method.getReturnType(), result, method.getName());
      }
      return result;
    });
  }

  private Object wrapCommand(Class<?> type, Object command, String name) {
    return proxy(type, command, new InvocationHandler() {
      @Override
      public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        if (!method.getName().equals("exec")) {
          Object result = RequestTimeline.invoke(command, method, args);
          return result == command ? self : result; // fluent withX() returns the command: keep the proxy
        }
        long start = System.nanoTime();
        try {
          return RequestTimeline.invoke(command, method, args);
        } finally {
          add(new Request(name.replaceFirst("Cmd$", ""), start, System.nanoTime()));
        }
      }
    });
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T typedProxy(Class<T> type, Object target, Handler handler) {
    return type.cast(proxy(type, target, (self, method, args) -> handler.handle(target, method, args)));
  }

  private static Object proxy(Class<?> type, Object target, InvocationHandler handler) {
    return Proxy.newProxyInstance(RequestTimeline.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
