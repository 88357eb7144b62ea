package io.whalepod.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Docker Engine API as {@code curl --unix-socket} speaks it: one connection per request, HTTP/1.1, no client
 * library. It is the "raw API" peer, and the harness's own means to look at the engine.
 */
final class EngineApi {
  private static final String VERSION = "/v1.41";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path socket;

  EngineApi(Path socket) {
    this.socket = socket;
  }

  /** An engine call's outcome: the HTTP status and the body (JSON or empty). */
  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new BenchException("not JSON: " + body, e);
      }
    }
  }

  String createContainer(String name, Object config) {
    return expect(call("POST", "/containers/create?name=" + name, toJson(config)), 201).json().get("Id").asText();
  }

  void start(String id) {
    expect(call("POST", "/containers/" + id + "/start", null), 204);
  }

  void kill(String id) {
    expect(call("POST", "/containers/" + id + "/kill", null), 204);
  }

  /** Force-removes a container; "no such container" counts as done. */
  void forceRemove(String id) {
    expectOneOf(call("DELETE", "/containers/" + id + "?force=true", null), 204, 404);
  }

  void createVolume(String name, Object labels) {
    expect(call("POST", "/volumes/create", toJson(java.util.Map.of("Name", name, "Labels", labels))), 201);
  }

  void removeVolume(String name) {
    expectOneOf(call("DELETE", "/volumes/" + name, null), 204, 404);
  }

  /** The host PID of a running container's first process, by name or id. */
  long pid(String container) {
    return expect(call("GET", "/containers/" + container + "/json", null), 200).json()
        .path("State").path("Pid").asLong();
  }

  /** Something a run created that is still on the engine. */
  record Leftover(String kind, String name) {
    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /** Containers (any state), volumes and networks whose name contains {@code fragment}. */
  java.util.List<Leftover> leftovers(String fragment) {
    java.util.List<Leftover> found = new java.util.ArrayList<>();
    expect(call("GET", "/containers/json?all=true", null), 200).json()
        .forEach(c -> c.path("Names").forEach(n -> add(found, "container", n.asText().replaceFirst("^/", ""), fragment)));
    expect(call("GET", "/volumes", null), 200).json().path("Volumes")
        .forEach(v -> add(found, "volume", v.path("Name").asText(), fragment));
    expect(call("GET", "/networks", null), 200).json()
        .forEach(n -> add(found, "network", n.path("Name").asText(), fragment));
    return found;
  }

  /** Removes a leftover; containers must go before their volumes and networks (the list has them first). */
  void remove(Leftover leftover) {
    switch (leftover.kind()) {
      case "container" -> forceRemove(leftover.name());
      case "volume" -> removeVolume(leftover.name());
      default -> expectOneOf(call("DELETE", "/networks/" + leftover.name(), null), 204, 404);
    }
  }

  private static void add(java.util.List<Leftover> found, String kind, String name, String fragment) {
    if (name.contains(fragment)) {
      found.add(new Leftover(kind, name));
    }
  }

  Response call(String method, String path, String jsonBody) {
    byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
    String head = method + " " + VERSION + path + " HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n"
        + (jsonBody == null ? "" : "Content-Type: application/json\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
      channel.write(ByteBuffer.wrap(body));
      return HttpResponses.read(Channels.newInputStream(channel));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " on " + socket, e);
    }
  }

  private static Response expect(Response response, int status) {
    return expectOneOf(response, status, status);
  }

  private static Response expectOneOf(Response response, int status, int alsoFine) {
    if (response.status() != status && response.status() != alsoFine) {
      throw new BenchException("engine answered " + response.status() + ": " + response.body().strip(), null);
    }
    return response;
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an HTTP/1.1 response to a "Connection: close" request: status line, headers, plain or chunked body. */
  static final class HttpResponses {
    private HttpResponses() {}

    static Response read(InputStream in) throws IOException {
      String status = line(in);
      int code = Integer.parseInt(status.split(" ", 3)[1]);
      boolean chunked = false;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        chunked |= header.toLowerCase(java.util.Locale.ROOT).matches("transfer-encoding:\\s*chunked");
      }
      byte[] body = chunked ? dechunk(in) : in.readAllBytes();
      return new Response(code, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
          size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
        out.write(in.readNBytes(size));
        line(in); // the CRLF after each chunk
      }
      return out.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed mid-response");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }
}
