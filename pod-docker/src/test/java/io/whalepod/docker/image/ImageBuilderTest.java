package io.whalepod.docker.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImageBuilderTest {
  // Longer than ustar's 100-byte name field, so the prefix field is exercised.
  private static final String DEEP_PATH =
      "a-rather-long-directory-name-for-testing/" + "another-rather-long-directory-name/"
          + "and-a-file-with-a-long-name.txt";

  @RegisterExtension
  static final ImageTestEngine engine = new ImageTestEngine();
  private static String busybox;

  @BeforeAll
  static void busybox() {
    busybox = new BusyboxImage(engine.clients().images()).ensure();
  }

  @Test
  void buildsTheContextWithItsModesAndLongPaths() {
    String tag = engine.images().repository("files") + ":1";

    engine.newBuilder().ensure(List.of(tag), counting(new AtomicInteger()));

    LabelledContainers.Finished look =
        engine.containers().run(
            tag,
            List.of("sh", "-c", "cat /greeting; stat -c %a /tool /" + DEEP_PATH + "; /tool"),
            h -> h);
    assertEquals(new LabelledContainers.Finished(0, "hello\n755\n600\ntool ran\n"), look);
  }

  @Test
  void buildsOnlyWhenTheFirstTagIsMissingAndAddsTheOtherTags() {
    String first = engine.images().repository("once") + ":1";
    String second = engine.images().repository("once") + ":latest";
    AtomicInteger builds = new AtomicInteger();

    engine.newBuilder().ensure(List.of(first, second), counting(builds));
    engine.newBuilder().ensure(List.of(first, second), counting(builds));

    assertEquals(1, builds.get());
    assertEquals(imageId(first), imageId(second));
  }

  @Test
  void concurrentCallersShareOneBuild() throws Exception {
    String tag = engine.images().repository("concurrent") + ":1";
    AtomicInteger builds = new AtomicInteger();
    ImageBuilder builder = engine.newBuilder();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return builder.ensure(List.of(tag), counting(builds));
        }));
      }
      go.countDown();
      for (Future<String> result : results) {
        assertEquals(tag, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, builds.get());
  }

  @Test
  void twoBuildersAtOnceAsFromTwoProcessesBothGetAWorkingImage() throws Exception {
    String tag = engine.images().repository("racing") + ":1";
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        ImageBuilder separate = engine.newBuilder();
        results.add(pool.submit(() -> {
          go.await();
          return separate.ensure(List.of(tag), counting(new AtomicInteger()));
        }));
      }
      go.countDown();
      for (Future<String> result : results) {
        assertEquals(tag, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, engine.containers().run(tag, List.of("cat", "/greeting"), h -> h).exitCode());
  }

  @Test
  void aFailingBuildNamesTheImageAndWhatFailed() {
    String tag = engine.images().repository("broken") + ":1";
    BuildContext broken =
        BuildContext.withDockerfile("FROM scratch\nRUN [\"/no-such-program\"]\n").build();

    ImageBuildException e =
        assertThrows(
            ImageBuildException.class,
            () -> engine.newBuilder().ensure(List.of(tag), () -> broken));

    assertTrue(e.getMessage().contains(tag), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-program"), e.getMessage());
  }

  /** A small context on busybox; counts how often a build needed it. */
  private static Supplier<BuildContext> counting(AtomicInteger builds) {
    return () -> {
      builds.incrementAndGet();
      return BuildContext.withDockerfile("FROM " + busybox + "\nCOPY . /\n")
          .file("greeting", "hello\n")
          .file("tool", "#!/bin/sh\necho tool ran\n".getBytes(StandardCharsets.UTF_8), 0755)
          .file(DEEP_PATH, "deep".getBytes(StandardCharsets.UTF_8), 0600)
          .build();
    };
  }

  private static String imageId(String reference) {
    return engine.clients().client().inspectImageCmd(reference).exec().getId();
  }
}
