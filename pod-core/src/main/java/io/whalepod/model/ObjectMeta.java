package io.whalepod.model;

import java.time.Instant;
import java.util.Map;

/**
 * Kubernetes object metadata: the subset a pod on one Docker engine uses.
 * Collections are never null and unmodifiable; other fields may be null when absent.
 */
public record ObjectMeta(
    String name,
    String generateName,
    String namespace,
    String uid,
    Instant creationTimestamp,
    Instant deletionTimestamp,
    Map<String, String> labels,
    Map<String, String> annotations) {

  public ObjectMeta {
    labels = Copies.map(labels);
    annotations = Copies.map(annotations);
  }

  /** Metadata with only a name. */
  public static ObjectMeta named(String name) {
    return new ObjectMeta(name, null, null, null, null, null, null, null);
  }

  public ObjectMeta withNamespace(String ns) {
    return new ObjectMeta(name, generateName, ns, uid, creationTimestamp, deletionTimestamp, labels, annotations);
  }

  public ObjectMeta withUid(String newUid, Instant created) {
    return new ObjectMeta(name, generateName, namespace, newUid, created, deletionTimestamp, labels, annotations);
  }

  public ObjectMeta withLabels(Map<String, String> newLabels) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, deletionTimestamp, newLabels, annotations);
  }

  public ObjectMeta withAnnotations(Map<String, String> newAnnotations) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, deletionTimestamp, labels, newAnnotations);
  }

  public ObjectMeta withDeletionTimestamp(Instant at) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, at, labels, annotations);
  }
}
