package io.whalepod.docker.internal;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.whalepod.docker.EngineUnreachableException;
import io.whalepod.docker.ExecResult;
import io.whalepod.docker.ExecStreams;
import io.whalepod.docker.LogOptions;
import io.whalepod.docker.PodException;
import io.whalepod.docker.PodFileNotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Exec, logs and file copy: calls that stream for a long time, so they go through the client without a response
 * timeout.
 */
public final class ContainerIo {
  private final DockerClients clients;

  /**
   * Container I/O over {@code clients}.
   *
   * @param clients the engine's clients; long calls use {@link DockerClients#longCalls()}
   */
  public ContainerIo(DockerClients clients) {
    this.clients = clients;
  }

  /**
   * Runs {@code command} (no shell) in a running container and waits for it.
   *
   * @param containerId the container's Docker id
   * @param command the program and its arguments
   * @return the exit code and output of the command
   */
  public ExecResult exec(String containerId, List<String> command) {
    String execId = clients.client().execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
        .withAttachStdout(true).withAttachStderr(true).exec().getId();
    Collector output = new Collector();
    await(clients.longCalls().execStartCmd(execId).exec(output));
    Long exitCode = clients.client().inspectExecCmd(execId).exec().getExitCodeLong();
    return new ExecResult(exitCode == null ? -1 : exitCode.intValue(), output.stdout(), output.stderr());
  }

  /**
   * Runs {@code command} with its standard streams wired to {@code streams}, output passed on as it comes.
   *
   * @return the command's exit code
   */
  public int exec(String containerId, List<String> command, ExecStreams streams) {
    String execId = clients.client().execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
        .withAttachStdin(streams.stdin() != null).withAttachStdout(true).withAttachStderr(true)
        .withTty(streams.tty()).exec().getId();
    var start = clients.longCalls().execStartCmd(execId).withTty(streams.tty());
    if (streams.stdin() != null) {
      start = start.withStdIn(streams.stdin());
    }
    await(start.exec(new ResultCallback.Adapter<>() {
      @Override
      public void onNext(Frame frame) {
        write(frame.getStreamType() == StreamType.STDERR ? streams.stderr() : streams.stdout(), frame.getPayload());
      }
    }));
    Long exitCode = clients.client().inspectExecCmd(execId).exec().getExitCodeLong();
    return exitCode == null ? -1 : exitCode.intValue();
  }

  private static void write(OutputStream sink, byte[] bytes) {
    try {
      sink.write(bytes);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Everything the container wrote so far, stdout and stderr interleaved as Docker stored them.
   *
   * @param containerId the container's Docker id
   * @return the container's log
   */
  public String logs(String containerId) {
    return logs(containerId, LogOptions.ALL);
  }

  /** The container's output, limited to the last {@code tail} lines and/or with timestamps. */
  public String logs(String containerId, LogOptions options) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    logs(containerId, options, all);
    return all.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the container's output to {@code sink} as it arrives, stdout and stderr interleaved; with
   * {@link LogOptions#follow()} it returns when the container stops.
   */
  public void logs(String containerId, LogOptions options, OutputStream sink) {
    var cmd = clients.longCalls().logContainerCmd(containerId).withStdOut(true).withStdErr(true)
        .withTimestamps(options.timestamps()).withFollowStream(options.follow());
    if (options.tail() != null) {
      cmd = cmd.withTail(options.tail());
    }
    await(cmd.exec(new ResultCallback.Adapter<>() {
      @Override
      public void onNext(Frame frame) {
        write(sink, frame.getPayload());
      }
    }));
  }

  /**
   * Copies one host file into a container (running or stopped) as {@code containerPath}, replacing a file already
   * there. The file is read into memory; it is owned by root, with mode 0755 when the host file is executable and
   * 0644 otherwise. The parent directory must exist in the container.
   *
   * @param pod the pod's name, for errors
   * @param container the container's name in the pod's spec, for errors
   * @param containerId the container's Docker id
   * @param hostFile a regular file on the host
   * @param containerPath an absolute path of a file in the container, not ending in {@code /}
   * @throws IllegalArgumentException when {@code hostFile} is not a regular file or {@code containerPath} is not
   *     an absolute file path
   * @throws UncheckedIOException when {@code hostFile} cannot be read
   * @throws PodFileNotFoundException when the parent directory does not exist in the container
   * @throws PodException when the engine refuses the copy otherwise, or the container is gone
   * @throws EngineUnreachableException when the engine does not answer
   */
  public void copyTo(String pod, String container, String containerId, Path hostFile, String containerPath) {
    if (!Files.isRegularFile(hostFile)) {
      throw new IllegalArgumentException("not a regular file: " + hostFile);
    }
    int slash = checkFilePath(containerPath);
    String directory = slash == 0 ? "/" : containerPath.substring(0, slash);
    String name = containerPath.substring(slash + 1);
    byte[] content;
    int mode;
    try {
      content = Files.readAllBytes(hostFile);
      mode = isExecutable(hostFile) ? 0755 : 0644;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + hostFile + ": " + e.getMessage(), e);
    }
    TarWriter tar = new TarWriter();
    tar.file(name, content, mode);
    try {
      clients.longCalls().copyArchiveToContainerCmd(containerId)
          .withRemotePath(directory)
          .withTarInputStream(new ByteArrayInputStream(tar.finish()))
          .exec();
    } catch (RuntimeException e) {
      throw copyFailure(e, pod, container, containerPath,
          "cannot copy to " + containerPath + ": no directory " + directory + " in the container");
    }
  }

  /**
   * Copies one regular file out of a container (running or stopped) to {@code hostTarget}, replacing a file
   * already there.
   *
   * @param pod the pod's name, for errors
   * @param container the container's name in the pod's spec, for errors
   * @param containerId the container's Docker id
   * @param containerPath an absolute path of a regular file in the container (a symbolic link is not followed)
   * @param hostTarget the host file to write; its parent directory must exist, and it must not be a directory
   * @throws IllegalArgumentException when {@code containerPath} is not an absolute file path, names no regular
   *     file in the container, or {@code hostTarget} is a directory
   * @throws UncheckedIOException when reading the archive or writing {@code hostTarget} fails
   * @throws PodFileNotFoundException when {@code containerPath} does not exist in the container
   * @throws PodException when the engine refuses the copy otherwise, or the container is gone
   * @throws EngineUnreachableException when the engine does not answer
   */
  public void copyFrom(String pod, String container, String containerId, String containerPath, Path hostTarget) {
    checkFilePath(containerPath);
    if (Files.isDirectory(hostTarget)) {
      throw new IllegalArgumentException("the target is a directory, name a file in it: " + hostTarget);
    }
    InputStream archive;
    try {
      archive = clients.longCalls().copyArchiveFromContainerCmd(containerId, containerPath).exec();
    } catch (RuntimeException e) {
      throw copyFailure(e, pod, container, containerPath, containerPath + ": no such file in the container");
    }
    try (archive; TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      // The archive of a file holds just that file; the archive of a directory starts with the directory's own
      // entry and then holds its files, which must not be taken for the one asked for.
      TarArchiveEntry entry = tar.getNextEntry();
      if (entry == null || !entry.isFile()) {
        throw new IllegalArgumentException(containerPath + " is not a regular file in the container"
            + (entry == null ? "" : entry.isDirectory() ? " (a directory)" : entry.isSymbolicLink()
                ? " (a symbolic link to " + entry.getLinkName() + ")" : ""));
      }
      Files.copy(tar, hostTarget, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + containerPath + " to " + hostTarget + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * What a copy call to the engine failed with, in Whalepod's terms: a missing path (404, unless the container
   * itself is gone), an engine that does not answer, or the engine's refusal with its message.
   */
  private RuntimeException copyFailure(RuntimeException e, String pod, String container, String path,
      String whenMissing) {
    if (DockerClients.isUnreachable(e)) {
      return new EngineUnreachableException(clients.dockerHost(), e);
    }
    // Docker answers 404 for a missing path and for a missing container alike; only its message tells which.
    if (e instanceof NotFoundException && String.valueOf(e.getMessage()).contains("No such container")) {
      return new PodException(pod, container, "the container is gone (removed while copying " + path + ")", e);
    }
    if (e instanceof NotFoundException) {
      return new PodFileNotFoundException(pod, container, path, whenMissing, e);
    }
    if (e instanceof DockerException) {
      return new PodException(pod, container, "copying " + path + " failed: " + e.getMessage(), e);
    }
    return e;
  }

  /** Checks that {@code path} is absolute and names a file; returns the index of its last slash. */
  private static int checkFilePath(String path) {
    if (path == null || !path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("container path must be an absolute file path, was " + path);
    }
    return path.lastIndexOf('/');
  }

  private static boolean isExecutable(Path file) throws IOException {
    try {
      return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
    } catch (UnsupportedOperationException e) {
      return Files.isExecutable(file);
    }
  }

  private static void await(ResultCallback.Adapter<Frame> callback) {
    try {
      callback.awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading from a container", e);
    }
  }

  /** Collects Docker's multiplexed frames; a tty container sends RAW frames. */
  private static final class Collector extends ResultCallback.Adapter<Frame> {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();

    @Override
    public synchronized void onNext(Frame frame) {
      byte[] payload = frame.getPayload();
      (frame.getStreamType() == StreamType.STDERR ? err : out).writeBytes(payload);
      all.writeBytes(payload);
    }

    synchronized String stdout() {
      return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
      return err.toString(StandardCharsets.UTF_8);
    }

    synchronized String all() {
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
