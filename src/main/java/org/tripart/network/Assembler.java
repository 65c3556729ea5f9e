package org.tripart.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates checked nominations into ties, arcs and compressed adjacency arrays. Stateless. */
final class Assembler {
  private Assembler() {}

  /** Respondents (interned) and kinds behind one unordered pair or one arc. */
  private static final class Acc {
    final int lo;
    final int hi;
    int[] respondents = new int[2];
    int count;
    boolean forward;
    boolean backward;
    String[] kindNames;
    IntList[] kindRespondents;
    int kinds;

    /** The respondents who gave {@code kind}, kept for the few kinds of one pair in an array. */
    IntList kind(String kind) {
      for (int i = 0; i < kinds; i++) {
        if (kindNames[i].equals(kind)) {
          return kindRespondents[i];
        }
      }
      if (kindNames == null) {
        kindNames = new String[2];
        kindRespondents = new IntList[2];
      } else if (kinds == kindNames.length) {
        kindNames = Arrays.copyOf(kindNames, kinds * 2);
        kindRespondents = Arrays.copyOf(kindRespondents, kinds * 2);
      }
      kindNames[kinds] = kind;
      kindRespondents[kinds] = new IntList();
      return kindRespondents[kinds++];
    }

    Acc(int lo, int hi) {
      this.lo = lo;
      this.hi = hi;
    }
  }

  /** A small set of ints kept as an array; the sets here hold a handful of respondents. */
  private static final class IntList {
    int[] values = new int[2];
    int size;

    boolean add(int v) {
      for (int i = 0; i < size; i++) {
        if (values[i] == v) {
          return false;
        }
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
      return true;
    }
  }

  /**
   * Numbers distinct non-negative long keys 0, 1, 2, ... in the order first seen (open addressing,
   * no boxing). Confined to one call.
   */
  private static final class LongIndex {
    private long[] keys;
    private int[] numbers;
    private long[] seen;
    private int size;

    LongIndex(int expected) {
      int capacity = Integer.highestOneBit(Math.max(8, expected) * 2);
      keys = new long[capacity];
      Arrays.fill(keys, -1);
      numbers = new int[capacity];
      seen = new long[Math.max(8, expected)];
    }

    /** The number of {@code key}, given the next number when it is new. */
    int indexOf(long key) {
      int mask = keys.length - 1;
      int slot = mix(key) & mask;
      while (keys[slot] != -1) {
        if (keys[slot] == key) {
          return numbers[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      numbers[slot] = size;
      if (size == seen.length) {
        seen = Arrays.copyOf(seen, size * 2);
      }
      seen[size] = key;
      int number = size++;
      if (size * 2 > keys.length) {
        grow();
      }
      return number;
    }

    long[] sortedKeys() {
      long[] sorted = Arrays.copyOf(seen, size);
      Arrays.sort(sorted);
      return sorted;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldNumbers = numbers;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      numbers = new int[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1) {
          int slot = mix(oldKeys[i]) & mask;
          while (keys[slot] != -1) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          numbers[slot] = oldNumbers[i];
        }
      }
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  static Network assemble(
      List<Organisation> organisations,
      List<Nomination> nominations,
      List<UnmatchedPartner> unmatched) {
    List<Organisation> nodes = List.copyOf(organisations);
    int n = nodes.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(nodes.get(i).id(), i);
    }
    Map<String, Integer> respondentIds = new HashMap<>();
    LongIndex pairIndex = new LongIndex(nominations.size());
    List<Acc> pairs = new ArrayList<>();
    LongIndex arcIndex = new LongIndex(nominations.size());
    List<IntList> arcRespondents = new ArrayList<>();
    for (Nomination nom : nominations) {
      int e = index.get(nom.ego());
      int a = index.get(nom.alter());
      int r = respondentIds.computeIfAbsent(nom.respondentId(), k -> respondentIds.size());
      int lo = Math.min(e, a);
      int hi = Math.max(e, a);
      int p = pairIndex.indexOf((long) lo * n + hi);
      if (p == pairs.size()) {
        pairs.add(new Acc(lo, hi));
      }
      Acc acc = pairs.get(p);
      addRespondent(acc, r);
      if (e == lo) {
        acc.forward = true;
      } else {
        acc.backward = true;
      }
      for (String kind : nom.kinds()) {
        acc.kind(kind).add(r);
      }
      int arc = arcIndex.indexOf((long) e * n + a);
      if (arc == arcRespondents.size()) {
        arcRespondents.add(new IntList());
      }
      arcRespondents.get(arc).add(r);
    }
    long[] pairKeys = pairIndex.sortedKeys();
    List<Tie> ties = new ArrayList<>(pairKeys.length);
    int[] degree = new int[n];
    for (long key : pairKeys) {
      Acc acc = pairs.get(pairIndex.indexOf(key));
      Map<String, Integer> kinds = new TreeMap<>();
      for (int i = 0; i < acc.kinds; i++) {
        kinds.put(acc.kindNames[i], acc.kindRespondents[i].size);
      }
      ties.add(
          new Tie(
              nodes.get(acc.lo).id(),
              nodes.get(acc.hi).id(),
              acc.count,
              acc.forward && acc.backward,
              kinds));
      degree[acc.lo]++;
      degree[acc.hi]++;
    }
    int[] adjOff = offsets(degree);
    int[] adjNbr = new int[adjOff[n]];
    int[] adjTie = new int[adjOff[n]];
    int[] fill = Arrays.copyOf(adjOff, n);
    for (int t = 0; t < pairKeys.length; t++) {
      int lo = (int) (pairKeys[t] / n);
      int hi = (int) (pairKeys[t] % n);
      adjNbr[fill[lo]] = hi;
      adjTie[fill[lo]++] = t;
      adjNbr[fill[hi]] = lo;
      adjTie[fill[hi]++] = t;
    }
    long[] arcKeys = arcIndex.sortedKeys();
    List<Arc> arcs = new ArrayList<>(arcKeys.length);
    int[] outDegree = new int[n];
    int[] inDegree = new int[n];
    for (long key : arcKeys) {
      int e = (int) (key / n);
      int a = (int) (key % n);
      int respondents = arcRespondents.get(arcIndex.indexOf(key)).size;
      arcs.add(new Arc(nodes.get(e).id(), nodes.get(a).id(), respondents));
      outDegree[e]++;
      inDegree[a]++;
    }
    int[] outOff = offsets(outDegree);
    int[] inOff = offsets(inDegree);
    int[] outNbr = new int[arcKeys.length];
    int[] inNbr = new int[arcKeys.length];
    int[] outFill = Arrays.copyOf(outOff, n);
    int[] inFill = Arrays.copyOf(inOff, n);
    for (long key : arcKeys) {
      int e = (int) (key / n);
      int a = (int) (key % n);
      outNbr[outFill[e]++] = a;
      inNbr[inFill[a]++] = e;
    }
    return new Network(
        nodes,
        Map.copyOf(index),
        List.copyOf(ties),
        new Network.Adjacency(adjOff, adjNbr, adjTie),
        List.copyOf(arcs),
        new Network.Adjacency(outOff, outNbr, null),
        new Network.Adjacency(inOff, inNbr, null),
        List.copyOf(nominations),
        List.copyOf(unmatched));
  }

  private static void addRespondent(Acc acc, int r) {
    for (int i = 0; i < acc.count; i++) {
      if (acc.respondents[i] == r) {
        return;
      }
    }
    if (acc.count == acc.respondents.length) {
      acc.respondents = Arrays.copyOf(acc.respondents, acc.count * 2);
    }
    acc.respondents[acc.count++] = r;
  }

  private static int[] offsets(int[] degree) {
    int[] off = new int[degree.length + 1];
    for (int i = 0; i < degree.length; i++) {
      off[i + 1] = off[i] + degree[i];
    }
    return off;
  }
}
