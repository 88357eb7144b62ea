package io.whalepod.docker.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

/**
 * This JVM as the owner of the pods it starts (docs/behaviour.md §4). The JVM holds an exclusive lock on a file named after its
 * session for as long as it lives; the kernel releases it however the JVM ends, even on SIGKILL. Another process
 * that can take that lock knows the owner is gone and may reap its pods (as Testcontainers' Ryuk does, without a
 * daemon). PIDs are never compared, so their reuse cannot fool it.
 */
public final class OwnerSession {
  public static final String OWNER = "io.whalepod.owner";
  public static final String OWNER_HOST = "io.whalepod.owner.host";
  /** Which runtime of the owning JVM started the pod: closing that runtime removes just its pods. */
  public static final String OWNER_RUNTIME = "io.whalepod.owner.runtime";

  private static volatile OwnerSession current;

  private final String id;
  private final String host;
  private final Path directory;
  @SuppressWarnings("unused") // held for the JVM's life: releasing it would declare this owner dead
  private final FileLock lock;

  private OwnerSession(Path directory) {
    this.id = UUID.randomUUID().toString();
    this.host = hostName();
    this.directory = directory;
    try {
      Files.createDirectories(directory);
      FileChannel channel = FileChannel.open(lockFile(directory, id),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      this.lock = channel.lock();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the owner lock in " + directory, e);
    }
  }

  /** The session of this JVM, created on first use. */
  public static OwnerSession current() {
    if (current == null) {
      synchronized (OwnerSession.class) {
        if (current == null) {
          current = new OwnerSession(defaultDirectory());
        }
      }
    }
    return current;
  }

  public String id() {
    return id;
  }

  /** The labels the sandbox of a pod owned by runtime {@code runtimeId} of this JVM carries. */
  public Map<String, String> labels(String runtimeId) {
    return Map.of(OWNER, id, OWNER_HOST, host, OWNER_RUNTIME, runtimeId);
  }

  /**
   * True when the session that labelled a sandbox is certainly gone: it ran on this host and its lock is free (or
   * its lock file is missing). Sessions of other hosts are never judged.
   */
  public boolean isDead(String sessionId, String sessionHost) {
    if (sessionId == null || id.equals(sessionId) || !host.equals(sessionHost) || !sessionId.matches("[-0-9a-f]{36}")) {
      return false;
    }
    Path file = lockFile(directory, sessionId);
    if (!Files.exists(file)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock probe = channel.tryLock();
      if (probe == null) {
        return false;
      }
      probe.release();
      Files.deleteIfExists(file);
      return true;
    } catch (OverlappingFileLockException e) {
      return false; // held inside this very JVM
    } catch (IOException e) {
      return false; // cannot tell: leave the pod alone
    }
  }

  private static Path lockFile(Path directory, String sessionId) {
    return directory.resolve(sessionId + ".lock");
  }

  private static Path defaultDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"), "whalepod-owners");
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
