package io.whalepod.docker.image;

import io.whalepod.docker.internal.TarWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An in-memory Docker build context: a Dockerfile and the files and directories it copies,
 * with their permission bits. Nothing touches the disk; the context is sent as a tar stream.
 *
 * <pre>{@code
 * BuildContext.withDockerfile("FROM scratch\nCOPY hello /hello\n")
 *     .file("hello", bytes, 0755)
 *     .build();
 * }</pre>
 */
public final class BuildContext {
  private static final String DOCKERFILE = "Dockerfile";

  private final String dockerfile;
  private final List<Entry> entries;

  private BuildContext(String dockerfile, List<Entry> entries) {
    this.dockerfile = dockerfile;
    this.entries = List.copyOf(entries);
  }

  /**
   * Starts a context whose {@code Dockerfile} has the given text.
   *
   * @param dockerfile the Dockerfile's text; never null
   * @return a builder for the rest of the context
   */
  public static Builder withDockerfile(String dockerfile) {
    return new Builder(Objects.requireNonNull(dockerfile, "dockerfile"));
  }

  /**
   * The Dockerfile's text.
   *
   * @return the text; never null
   */
  public String dockerfile() {
    return dockerfile;
  }

  /**
   * The context as the tar archive Docker's build endpoint reads: the Dockerfile, then every file and directory
   * in the order added, owned by root, with a fixed modification time (the same context gives the same bytes).
   *
   * @return the archive's bytes; a fresh array on each call
   */
  public byte[] toTar() {
    TarWriter tar = new TarWriter();
    tar.file(DOCKERFILE, dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
    for (Entry entry : entries) {
      if (entry.content == null) {
        tar.directory(entry.path, entry.mode);
      } else {
        tar.file(entry.path, entry.content, entry.mode);
      }
    }
    return tar.finish();
  }

  /** A file ({@code content != null}) or a directory, at a path relative to the context root. */
  private record Entry(String path, byte[] content, int mode) {}

  /** Collects the files of a {@link BuildContext}; paths are relative to the context root. */
  public static final class Builder {
    private final String dockerfile;
    private final List<Entry> entries = new ArrayList<>();

    private Builder(String dockerfile) {
      this.dockerfile = dockerfile;
    }

    /**
     * Adds a file with the given permission bits, for example {@code 0755}.
     *
     * @param path the file's path, relative to the context root
     * @param content the file's bytes, copied; never null
     * @param mode the permission bits
     * @return this builder
     * @throws IllegalArgumentException if the path is absolute, has {@code .} or {@code ..}
     *     segments, or is the Dockerfile
     */
    public Builder file(String path, byte[] content, int mode) {
      entries.add(new Entry(checked(path), content.clone(), mode));
      return this;
    }

    /**
     * Adds a text file (UTF-8) with mode {@code 0644}.
     *
     * @param path the file's path, relative to the context root
     * @param content the file's text; never null
     * @return this builder
     * @throws IllegalArgumentException if the path is absolute, has {@code .} or {@code ..}
     *     segments, or is the Dockerfile
     */
    public Builder file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    /**
     * Adds a directory with the given permission bits, for example {@code 01777} for /tmp.
     *
     * @param path the directory's path, relative to the context root
     * @param mode the permission bits
     * @return this builder
     * @throws IllegalArgumentException if the path is absolute, has {@code .} or {@code ..}
     *     segments, or is the Dockerfile
     */
    public Builder directory(String path, int mode) {
      entries.add(new Entry(checked(path), null, mode));
      return this;
    }

    /**
     * The finished context.
     *
     * @return the context; immutable, so the builder can go on
     */
    public BuildContext build() {
      return new BuildContext(dockerfile, entries);
    }

    private static String checked(String path) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      boolean badSegment =
          Arrays.stream(trimmed.split("/", -1))
              .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
      if (badSegment || trimmed.startsWith("/") || trimmed.equals(DOCKERFILE)) {
        throw new IllegalArgumentException(
            "build context path must be relative, without . or .., and not the Dockerfile: \""
                + path + "\"");
      }
      return trimmed;
    }
  }
}
