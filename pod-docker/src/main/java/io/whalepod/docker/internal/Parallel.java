package io.whalepod.docker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Runs independent engine calls together and waits for all, rethrowing the first failure unwrapped. */
public final class Parallel {
  private Parallel() {}

  /** Applies {@code task} to every item concurrently; results in item order. */
  public static <T, R> List<R> map(Executor executor, List<T> items, Function<T, R> task) {
    if (items.size() == 1) {
      return List.of(task.apply(items.get(0))); // no hand-off for the common single case
    }
    List<CompletableFuture<R>> futures = new ArrayList<>();
    items.forEach(item -> futures.add(CompletableFuture.supplyAsync(() -> task.apply(item), executor)));
    List<R> results = new ArrayList<>();
    RuntimeException first = null;
    for (CompletableFuture<R> future : futures) {
      try {
        results.add(join(future));
      } catch (RuntimeException e) {
        first = first == null ? e : first; // wait for every task: rollback must see all that was created
      }
    }
    if (first != null) {
      throw first;
    }
    return results;
  }

  /** Joins a future, rethrowing its cause as it was thrown. */
  public static <R> R join(CompletableFuture<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new CompletionException(e.getCause());
    }
  }
}
