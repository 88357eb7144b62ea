package io.whalepod.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Unix-socket relay in front of the real engine, which a test can cut and restore: the engine "goes away" for the
 * clients that use the relay, without stopping the engine every other test shares.
 */
final class EngineProxy implements AutoCloseable {
  private static final Path ENGINE = Path.of("/var/run/docker.sock");

  private final Path socket;
  private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocketChannel server;

  private EngineProxy(Path socket) {
    this.socket = socket;
  }

  static EngineProxy start() throws IOException {
    EngineProxy proxy = new EngineProxy(Files.createTempDirectory("whalepod-proxy").resolve("docker.sock"));
    proxy.resume();
    return proxy;
  }

  String dockerHost() {
    return "unix://" + socket;
  }

  /** Accepts connections again, relaying each to the engine. */
  void resume() throws IOException {
    Files.deleteIfExists(socket);
    ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    listening.bind(UnixDomainSocketAddress.of(socket));
    server = listening;
    Thread acceptor = new Thread(() -> {
      while (listening.isOpen()) {
        try {
          SocketChannel client = listening.accept();
          SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(ENGINE));
          open.add(client);
          open.add(engine);
          relay(client, engine);
          relay(engine, client);
        } catch (IOException closed) {
          return;
        }
      }
    }, "engine-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Cuts every connection and refuses new ones, as a stopped engine would. */
  void cut() throws IOException {
    server.close();
    Files.deleteIfExists(socket);
    for (SocketChannel channel : open) {
      channel.close();
    }
    open.clear();
  }

  private static void relay(SocketChannel from, SocketChannel to) {
    Thread copier = new Thread(() -> {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      try {
        while (from.read(buffer) >= 0) {
          buffer.flip();
          while (buffer.hasRemaining()) {
            to.write(buffer);
          }
          buffer.clear();
        }
        to.shutdownOutput();
      } catch (IOException e) {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "engine-proxy-relay");
    copier.setDaemon(true);
    copier.start();
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      cut();
      Files.deleteIfExists(socket.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
