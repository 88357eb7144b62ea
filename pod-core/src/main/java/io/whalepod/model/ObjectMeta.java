package io.whalepod.model;

import java.time.Instant;
import java.util.Map;

/**
 * Kubernetes object metadata: the subset a pod on one Docker engine uses.
 * Collections are never null and unmodifiable; other fields may be null when absent.
 *
 * @param name              the object's name, unique in its namespace
 * @param generateName      a prefix the server completes into a unique name, when {@code name} is unset
 * @param namespace         the namespace; null or empty means {@code default}
 * @param uid               the identity the runtime gave the object when it was created
 * @param creationTimestamp when the object was created
 * @param deletionTimestamp when deletion was requested; null while the object is not being deleted
 * @param deletionGracePeriodSeconds the grace period the deletion gives the pod's containers; null unless deleting
 * @param labels            identifying key/value pairs, selectable with label selectors
 * @param annotations       non-identifying key/value pairs
 */
public record ObjectMeta(
    String name,
    String generateName,
    String namespace,
    String uid,
    Instant creationTimestamp,
    Instant deletionTimestamp,
    Long deletionGracePeriodSeconds,
    Map<String, String> labels,
    Map<String, String> annotations) {

  /**
   * Copies the maps: null becomes empty, and the record holds unmodifiable copies.
   *
   * @param name              the object's name, unique in its namespace
   * @param generateName      a prefix the server completes into a unique name, when {@code name} is unset
   * @param namespace         the namespace; null or empty means {@code default}
   * @param uid               the identity the runtime gave the object when it was created
   * @param creationTimestamp when the object was created
   * @param deletionTimestamp when deletion was requested; null while the object is not being deleted
   * @param deletionGracePeriodSeconds the grace period the deletion gives the pod's containers; null unless deleting
   * @param labels            identifying key/value pairs, selectable with label selectors
   * @param annotations       non-identifying key/value pairs
   */
  public ObjectMeta {
    labels = Copies.map(labels);
    annotations = Copies.map(annotations);
  }

  /**
   * Metadata of an object not being deleted, as before {@code deletionGracePeriodSeconds} was modelled.
   *
   * @param name              the object's name
   * @param generateName      a prefix the server completes into a unique name
   * @param namespace         the namespace
   * @param uid               the object's identity
   * @param creationTimestamp when the object was created
   * @param deletionTimestamp when deletion was requested; null while not being deleted
   * @param labels            identifying key/value pairs
   * @param annotations       non-identifying key/value pairs
   */
  public ObjectMeta(String name, String generateName, String namespace, String uid, Instant creationTimestamp,
      Instant deletionTimestamp, Map<String, String> labels, Map<String, String> annotations) {
    this(name, generateName, namespace, uid, creationTimestamp, deletionTimestamp, null, labels, annotations);
  }

  /**
   * Metadata with only a name.
   *
   * @param name the object's name
   * @return the metadata
   */
  public static ObjectMeta named(String name) {
    return new ObjectMeta(name, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with another name.
   *
   * @param newName the name
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withName(String newName) {
    return new ObjectMeta(newName, generateName, namespace, uid, creationTimestamp, deletionTimestamp,
        deletionGracePeriodSeconds, labels, annotations);
  }

  /**
   * A copy in another namespace.
   *
   * @param ns the namespace; null or empty for {@code default}
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withNamespace(String ns) {
    return new ObjectMeta(name, generateName, ns, uid, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations);
  }

  /**
   * A copy with the identity and creation time a runtime gives a new object.
   *
   * @param newUid the uid
   * @param created the creation time
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withUid(String newUid, Instant created) {
    return new ObjectMeta(name, generateName, namespace, newUid, created, deletionTimestamp, deletionGracePeriodSeconds, labels, annotations);
  }

  /**
   * A copy with other labels.
   *
   * @param newLabels the labels, replacing all; null for none
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withLabels(Map<String, String> newLabels) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, newLabels, annotations);
  }

  /**
   * A copy with other annotations.
   *
   * @param newAnnotations the annotations, replacing all; null for none
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withAnnotations(Map<String, String> newAnnotations) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, deletionTimestamp, deletionGracePeriodSeconds, labels, newAnnotations);
  }

  /**
   * A copy marked for deletion.
   *
   * @param at when deletion was requested; null to clear the mark
   * @return the new metadata, without a grace period; this one is unchanged
   */
  public ObjectMeta withDeletionTimestamp(Instant at) {
    return withDeletion(at, null);
  }

  /**
   * A copy marked for deletion, as the API server marks a pod it was asked to delete.
   *
   * @param at           when deletion was requested; null to clear the mark
   * @param graceSeconds the grace period the deletion gives the containers; null when unknown
   * @return the new metadata; this one is unchanged
   */
  public ObjectMeta withDeletion(Instant at, Long graceSeconds) {
    return new ObjectMeta(name, generateName, namespace, uid, creationTimestamp, at, graceSeconds, labels, annotations);
  }
}
