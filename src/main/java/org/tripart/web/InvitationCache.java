package org.tripart.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tripart.store.Invitation;

/** A least-recently-used map of invitations by token hash, guarded by its own lock. Thread-safe. */
final class InvitationCache {
  private final LinkedHashMap<String, Invitation> map;

  InvitationCache(int capacity) {
    map =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Invitation> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized Invitation get(String hash) {
    return map.get(hash);
  }

  synchronized void put(String hash, Invitation invitation) {
    map.put(hash, invitation);
  }
}
