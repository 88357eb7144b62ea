package io.whalepod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells when httpd accepts connections on 8080 inside a pod, the same way for every method: a socket in LISTEN
 * state on that port in the pod's network namespace, read from {@code /proc/<member pid>/net/tcp6} and
 * {@code tcp}. No exec or nsenter per probe, whose own start-up (several ms) would blur the figure. Once listening,
 * the kernel completes connections itself; {@link #answers} checks with a real request that httpd serves.
 */
final class ReadyProbe {
  private static final Duration PERIOD = Duration.ofMillis(1);
  private static final String LISTEN = "0A";

  private ReadyProbe() {}

  static void awaitListening(long pid, int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String local = String.format(Locale.ROOT, ":%04X", port);
    while (!listening(pid, local)) {
      if (System.nanoTime() - deadline > 0) {
        throw new BenchException("nothing listens on " + port + " in the namespace of pid " + pid, null);
      }
      LockSupport.parkNanos(PERIOD.toNanos());
    }
  }

  /** True when a GET to 127.0.0.1:port inside the pod gets any HTTP answer (one nsenter + curl process). */
  static boolean answers(long pid, int port) {
    String code = Processes.run(List.of("nsenter", "-t", Long.toString(pid), "-n", "curl", "-s", "-o", "/dev/null",
        "-w", "%{http_code}", "http://127.0.0.1:" + port + "/")).strip();
    return code.matches("[1-5]\\d\\d");
  }

  static boolean listening(long pid, String localPortSuffix) {
    for (String table : List.of("tcp6", "tcp")) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && f[1].endsWith(localPortSuffix) && LISTEN.equals(f[3])) {
            return true;
          }
        }
      } catch (IOException e) {
        // the table is absent (no IPv6) or the process is not up yet: not listening
      }
    }
    return false;
  }
}
