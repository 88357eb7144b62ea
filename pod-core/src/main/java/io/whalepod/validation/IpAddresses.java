package io.whalepod.validation;

/**
 * Reads IP addresses as Go's {@code net.ParseIP} does (leading zeros allowed in IPv4, IPv6 with {@code ::} and an
 * embedded IPv4 tail, no zone), without ever resolving a host name as {@code InetAddress} would.
 */
final class IpAddresses {
  private IpAddresses() {}

  static boolean isValid(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return value.indexOf(':') >= 0 ? isIpv6(value) : isIpv4(value);
  }

  static boolean isIpv4(String value) {
    String[] parts = value.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String value) {
    int doubleColon = value.indexOf("::");
    if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String head = doubleColon >= 0 ? value.substring(0, doubleColon) : value;
    String tail = doubleColon >= 0 ? value.substring(doubleColon + 2) : "";
    int headGroups = groups(head, doubleColon < 0);
    int tailGroups = doubleColon >= 0 ? groups(tail, true) : 0;
    if (headGroups < 0 || tailGroups < 0) {
      return false;
    }
    int total = headGroups + tailGroups;
    return doubleColon >= 0 ? total <= 7 : total == 8;
  }

  /**
   * Counts the 16-bit groups of a colon-separated run (an IPv4 tail counts as two), or -1 when malformed. Only
   * the last run of the address may end in an IPv4 tail.
   */
  private static int groups(String run, boolean last) {
    if (run.isEmpty()) {
      return 0;
    }
    String[] parts = run.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (last && i == parts.length - 1 && part.indexOf('.') >= 0) {
        if (!isIpv4(part)) {
          return -1;
        }
        count += 2;
      } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHex)) {
        return -1;
      } else {
        count++;
      }
    }
    return count;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
