package org.tripart.web;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of the client a request came from, behind trusted reverse proxies: when the peer is a
 * trusted proxy, the rightmost entry of {@code X-Forwarded-For} that is not itself a trusted proxy
 * (entries to its left may be forged by the client, those to its right were appended by proxies
 * that are trusted); otherwise the peer. Rate limits and the audit log use it. Stateless.
 */
final class ClientAddress {
  /** An IPv4 or IPv6 literal (no host names, ports or brackets), as proxies write them. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private ClientAddress() {}

  /**
   * @param peer the address the connection came from
   * @param forwardedFor the {@code X-Forwarded-For} header, null when absent
   * @param trusted the trusted proxies' addresses
   */
  static String of(String peer, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",", -1);
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!ADDRESS.matcher(hop).matches()) {
        return peer;
      }
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
