package org.tripart.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of one benchmark phase: wall time, the process's CPU time (all its threads: the workers,
 * the collector, the JIT compiler) and the collectors' time of each run, in order, with the
 * JVM-wide clocks and heap peaks they are read from. Not thread-safe.
 */
final class PhaseTimes {
  private final List<long[]> runs = new ArrayList<>();
  private long peakHeap;

  /** A reading of the three clocks, in nanoseconds (the collectors' to the millisecond). */
  record Clock(long wall, long cpu, long gc) {
    static Clock now() {
      long gc = 0;
      for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, b.getCollectionTime()) * 1_000_000;
      }
      return new Clock(System.nanoTime(), processCpu(), gc);
    }

    /** The time from this reading to {@code later}: wall, CPU, collectors. */
    long[] until(Clock later) {
      return new long[] {later.wall - wall, later.cpu - cpu, later.gc - gc};
    }
  }

  void add(long[] wallAndCpu) {
    runs.add(wallAndCpu);
  }

  void add(Clock start, Clock stop) {
    add(start.until(stop));
  }

  /** Notes the heap pools' peak since the last {@link #resetPeaks()}, keeping the largest. */
  void notePeakHeap() {
    peakHeap = Math.max(peakHeap, peakHeapNow());
  }

  int count() {
    return runs.size();
  }

  /** The first run's wall time, warm-ups included. */
  long first() {
    return runs.get(0)[0];
  }

  /** The median wall time of the runs after the first {@code skip}. */
  long median(int skip) {
    return median(skip, 0);
  }

  long min(int skip) {
    return timed(skip, 0)[0];
  }

  /** The median process CPU time of the runs after the first {@code skip}. */
  long medianCpu(int skip) {
    return median(skip, 1);
  }

  /** The median time the collectors took in the runs after the first {@code skip}. */
  long medianGc(int skip) {
    return median(skip, 2);
  }

  long peakHeap() {
    return peakHeap;
  }

  private long median(int skip, int which) {
    long[] v = timed(skip, which);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private long[] timed(int skip, int which) {
    long[] v =
        runs.stream().skip(Math.min(skip, runs.size() - 1)).mapToLong(r -> r[which]).toArray();
    Arrays.sort(v);
    return v;
  }

  /** Collects garbage and resets the heap pools' peak usage. */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since the last reset. */
  static long peakHeapNow() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The CPU time of the whole process, or -1 when the JVM does not tell. */
  static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
