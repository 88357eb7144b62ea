package io.whalepod.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The pods started for one extension context (a class or a test), kept in that context's own store. */
final class ScopePods {
  private final List<TestPod> pods = new CopyOnWriteArrayList<>();

  /** Keyed by the context's id: a store lookup also searches parent stores, which must not answer for a child. */
  private record Key(String contextId) {}

  /** The list of {@code context}, created on first use. */
  static ScopePods of(ExtensionContext context) {
    return context.getStore(WhalepodExtension.NAMESPACE)
        .getOrComputeIfAbsent(new Key(context.getUniqueId()), key -> new ScopePods(), ScopePods.class);
  }

  /** The pods of {@code context} and of every enclosing context, outermost first. */
  static List<TestPod> visibleFrom(ExtensionContext context) {
    List<TestPod> all = new ArrayList<>();
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      ScopePods scope = c.get().getStore(WhalepodExtension.NAMESPACE)
          .get(new Key(c.get().getUniqueId()), ScopePods.class);
      if (scope != null) {
        all.addAll(0, scope.pods);
      }
    }
    return all;
  }

  void add(TestPod pod) {
    pods.add(pod);
  }
}
