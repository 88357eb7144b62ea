package io.whalepod.model;

/**
 * Container security settings that map onto Docker's HostConfig; every field may be null (unset).
 *
 * @param capabilities             capabilities to add or drop
 * @param privileged               runs the container privileged
 * @param runAsUser                the user ID to run as
 * @param runAsGroup               the primary group ID to run as
 * @param runAsNonRoot             refuses to start a container that would run as root
 * @param readOnlyRootFilesystem   mounts the root filesystem read-only
 * @param allowPrivilegeEscalation whether a process may gain more privileges than its parent
 */
public record SecurityContext(
    Capabilities capabilities,
    Boolean privileged,
    Long runAsUser,
    Long runAsGroup,
    Boolean runAsNonRoot,
    Boolean readOnlyRootFilesystem,
    Boolean allowPrivilegeEscalation) {

  /**
   * A context that runs the container privileged.
   *
   * @return the context
   */
  public static SecurityContext privilegedContext() {
    return new SecurityContext(null, true, null, null, null, null, null);
  }

  /**
   * A context that runs the container as this user and group.
   *
   * @param user the user ID
   * @param group the group ID
   * @return the context
   */
  public static SecurityContext runAs(long user, long group) {
    return new SecurityContext(null, null, user, group, null, null, null);
  }
}
