package io.whalepod.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.whalepod.docker.PodHandle;
import io.whalepod.docker.PodRuntime;
import io.whalepod.docker.internal.DeletionMarks;
import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.Labels;
import io.whalepod.model.Pod;
import io.whalepod.status.KubectlStatus;
import io.whalepod.yaml.ManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pod being deleted, as Kubernetes shows it to every observer (docs/behaviour.md §4, §5). */
class DeletionTest {

  /** Ignores SIGTERM, so its deletion takes the whole grace period: long enough to look at. */
  private static Pod stubborn(String name) {
    return ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {name: %s}
        spec:
          terminationGracePeriodSeconds: 5
          containers:
          - name: main
            image: whalepod/busybox
            imagePullPolicy: IfNotPresent
            command: ["sleep", "600"]
        """.formatted(name)).pods().get(0);
  }

  @Test
  void everyObserverSeesAPodBeingDeletedAsTerminatingWithItsDeletionTimeAndGrace() throws Exception {
    PodHandle owner = Engine.RUNTIME.run(stubborn("deleted-slowly"));
    try {
      aDeletionSeenByAnotherProcess(owner);
    } finally {
      Engine.removeLeftovers(owner.uid());
    }
  }

  private static void aDeletionSeenByAnotherProcess(PodHandle owner) throws Exception {
    owner.waitUntilReady(Duration.ofSeconds(30));
    Instant asked = Instant.now().minusSeconds(1);
    CompletableFuture<Void> deleting = CompletableFuture.runAsync(owner::delete);
    try (PodRuntime other = PodRuntime.builder().detached(true).build()) {
      Pod seen = Awaitility.await().atMost(Duration.ofSeconds(5))
          .until(() -> other.find("default", "deleted-slowly").map(PodHandle::get).orElseThrow(),
              pod -> pod.metadata().deletionTimestamp() != null);
      assertTrue(!seen.metadata().deletionTimestamp().isBefore(asked));
      assertEquals(5L, seen.metadata().deletionGracePeriodSeconds());
      assertEquals("Terminating", KubectlStatus.of(seen));
      Cli.Result listed = Cli.run("get", "pods", "deleted-slowly");
      assertTrue(listed.stdout().contains("Terminating"), listed.stdout());
    }
    deleting.get();
    assertEquals(0, Engine.leftovers(owner.uid()));
  }

  @Test
  void aSucceededPodStaysSucceededWhileItsContainersGo() {
    Pod job = ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {name: finished-then-deleted}
        spec:
          restartPolicy: Never
          containers:
          - {name: one, image: whalepod/busybox, imagePullPolicy: IfNotPresent, command: ["true"]}
          - {name: two, image: whalepod/busybox, imagePullPolicy: IfNotPresent, command: ["true"]}
        """).pods().get(0);
    PodHandle handle = Engine.RUNTIME.run(job);
    int left;
    try (DockerClients engine = DockerClients.fromEnvironment()) {
      handle.waitFor(p -> "Succeeded".equals(p.status().phase()), Duration.ofSeconds(30));
      // What a deleter does first, then part of what it does next: its mark, then one container removed.
      assertTrue(DeletionMarks.claim(engine, handle.pod(), pauseImage(engine, handle.uid()),
          new DeletionMarks.Mark(Instant.now(), 30, "Succeeded")));
      String one = engine.client().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(
          Labels.POD_UID, handle.uid(), Labels.CONTAINER_NAME, "one")).exec().get(0).getId();
      engine.client().removeContainerCmd(one).withForce(true).exec();
      Pod seen = handle.get();
      assertEquals("Succeeded", seen.status().phase(), "a finished pod went back while its containers went");
      assertNotNull(seen.metadata().deletionTimestamp());
      // The mark is the test's, no deleter's: take it away, or the real deletion below would wait for that deleter.
      engine.client().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Labels.POD_UID, handle.uid(),
          Labels.CONTAINER_TYPE, Labels.Type.DELETION.label())).exec()
          .forEach(mark -> engine.client().removeContainerCmd(mark.getId()).exec());
    } finally {
      try {
        handle.delete(Duration.ZERO);
      } finally {
        left = Engine.leftovers(handle.uid());
        Engine.removeLeftovers(handle.uid());
      }
    }
    assertEquals(0, left, "the delete left something");
  }

  @Test
  void twoDeletersRacingRunThePreStopHookOnceAndBothReturnWithThePodGone(@TempDir Path record) throws Exception {
    Files.setPosixFilePermissions(record, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    Pod pod = ManifestReader.readString("""
        apiVersion: v1
        kind: Pod
        metadata: {name: deleted-twice}
        spec:
          terminationGracePeriodSeconds: 10
          volumes:
          - {name: record, hostPath: {path: %s}}
          containers:
          - name: main
            image: whalepod/busybox
            imagePullPolicy: IfNotPresent
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
            volumeMounts: [{name: record, mountPath: /record}]
            lifecycle:
              preStop: {exec: {command: ["sh", "-c", "echo ran >> /record/prestop"]}}
        """.formatted(record)).pods().get(0);
    PodHandle first = Engine.RUNTIME.run(pod);
    first.waitUntilReady(Duration.ofSeconds(30));
    try (PodRuntime other = PodRuntime.builder().detached(true).build()) {
      racingDeleters(first, other);
    } finally {
      Engine.removeLeftovers(first.uid());
    }
    assertEquals("ran\n", Files.readString(record.resolve("prestop")), "preStop did not run exactly once");
  }

  private static void racingDeleters(PodHandle first, PodRuntime other) throws Exception {
    PodHandle second = other.find("default", "deleted-twice").orElseThrow();
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> awaitThen(go, first::delete));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> awaitThen(go, second::delete));
    go.countDown();
    a.get();
    assertEquals(0, Engine.leftovers(first.uid()), "the first deleter returned before the pod was gone");
    b.get();
    assertEquals(0, Engine.leftovers(first.uid()), "the second deleter returned before the pod was gone");
  }

  private static void awaitThen(CountDownLatch go, Runnable action) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    action.run();
  }

  private static String pauseImage(DockerClients engine, String uid) {
    return engine.client().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(Labels.POD_UID, uid,
        Labels.CONTAINER_TYPE, Labels.Type.SANDBOX.label())).exec().get(0).getImage();
  }
}
