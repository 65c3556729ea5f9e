package org.tripart.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the clients of a reliability test sent and which of it the server acknowledged with a 2xx:
 * the clients' own log, against which the store is checked at the end. Every body is logged as sent
 * before its request leaves. Thread-safe.
 */
final class ClientLedger {
  /** Invitation id to every final body sent for it, in the order sent. */
  final Map<String, List<String>> submissionsSent = new ConcurrentHashMap<>();

  /** Invitation id to the body a 2xx acknowledged as its stored final answers. */
  final Map<String, String> submissionsAcked = new ConcurrentHashMap<>();

  /** Invitation id to every draft body sent for it, in order (one client owns each). */
  final Map<String, List<String>> draftsSent = new ConcurrentHashMap<>();

  /** Invitation id to the index in {@link #draftsSent} of its latest acknowledged draft. */
  final Map<String, Integer> draftsAcked = new ConcurrentHashMap<>();

  /** Batch id to the number of invitations asked for, for every batch sent. */
  final Map<String, Integer> batchesSent = new ConcurrentHashMap<>();

  /** Batch id to the number of invitations, for every batch acknowledged with 201. */
  final Map<String, Integer> batchesAcked = new ConcurrentHashMap<>();

  /** 2xx acknowledgements of any kind, for the driver to see progress. */
  final AtomicInteger acks = new AtomicInteger();

  /** Draft saves acknowledged. */
  final AtomicInteger draftAcks = new AtomicInteger();

  /** Requests that failed (connection lost, timeout, 5xx). */
  final AtomicInteger failures = new AtomicInteger();

  void submissionSent(String invitation, String body) {
    submissionsSent.computeIfAbsent(invitation, k -> new ArrayList<>());
    List<String> bodies = submissionsSent.get(invitation);
    synchronized (bodies) {
      bodies.add(body);
    }
  }

  void submissionAcked(String invitation, String body) {
    String before = submissionsAcked.putIfAbsent(invitation, body);
    if (before != null && !before.equals(body)) {
      throw new AssertionError(
          "invitation " + invitation + " was acknowledged for two different bodies");
    }
    acks.incrementAndGet();
  }

  /** Logs a draft as sent and returns its index. */
  int draftSent(String invitation, String body) {
    List<String> bodies = draftsSent.computeIfAbsent(invitation, k -> new ArrayList<>());
    synchronized (bodies) {
      bodies.add(body);
      return bodies.size() - 1;
    }
  }

  void draftAcked(String invitation, int index) {
    draftsAcked.merge(invitation, index, Math::max);
    draftAcks.incrementAndGet();
    acks.incrementAndGet();
  }

  void batchSent(String batch, int count) {
    batchesSent.put(batch, count);
  }

  void batchAcked(String batch, int count) {
    batchesAcked.put(batch, count);
    acks.incrementAndGet();
  }
}
