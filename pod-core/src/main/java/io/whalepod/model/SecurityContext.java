package io.whalepod.model;

/** Container security settings that map onto Docker's HostConfig; every field may be null (unset). */
public record SecurityContext(
    Capabilities capabilities,
    Boolean privileged,
    Long runAsUser,
    Long runAsGroup,
    Boolean runAsNonRoot,
    Boolean readOnlyRootFilesystem,
    Boolean allowPrivilegeEscalation) {

  public static SecurityContext privilegedContext() {
    return new SecurityContext(null, true, null, null, null, null, null);
  }

  public static SecurityContext runAs(long user, long group) {
    return new SecurityContext(null, null, user, group, null, null, null);
  }
}
