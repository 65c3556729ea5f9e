package org.tripart.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brandes' algorithm on the undirected, unweighted tie graph: betweenness (unnormalised, each
 * unordered pair once, as igraph's {@code betweenness(g, directed = FALSE)}) and closeness (the
 * inverse of the summed distances to the nodes reachable, NaN for an isolate, as igraph 1.3's
 * {@code closeness(g)}), from one breadth-first search per source. Sources are dealt to the threads
 * round-robin and each thread's sums are added in thread order, so a result depends only on the
 * graph, the sources and the number of threads. Stateless.
 */
final class Brandes {
  private Brandes() {}

  record Result(double[] betweenness, double[] closeness) {}

  static Result exact(Network.Adjacency a, int n, int threads) {
    int[] sources = new int[n];
    for (int i = 0; i < n; i++) {
      sources[i] = i;
    }
    double[] closeness = new double[n];
    double[] bc = run(a, n, sources, threads, closeness);
    for (int v = 0; v < n; v++) {
      bc[v] /= 2;
    }
    return new Result(bc, closeness);
  }

  /**
   * Brandes-Pich pivot sampling: the dependencies of {@code pivots} sources drawn without
   * replacement with {@code seed}, scaled by n / pivots.
   */
  static double[] sampled(Network.Adjacency a, int n, int pivots, long seed, int threads) {
    int k = Math.min(pivots, n);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] sources = java.util.Arrays.copyOf(order, k);
    double[] bc = run(a, n, sources, threads, null);
    double scale = k == 0 ? 0 : (double) n / k / 2;
    for (int v = 0; v < n; v++) {
      bc[v] *= scale;
    }
    return bc;
  }

  private static double[] run(
      Network.Adjacency a, int n, int[] sources, int threads, double[] closeness) {
    int t = Math.max(1, Math.min(threads, Math.max(1, sources.length)));
    if (t == 1) {
      return new Worker(a, n).sweep(sources, 0, 1, closeness);
    }
    ExecutorService pool = Executors.newFixedThreadPool(t);
    try {
      List<Future<double[]>> parts = new ArrayList<>();
      for (int p = 0; p < t; p++) {
        int first = p;
        parts.add(pool.submit(() -> new Worker(a, n).sweep(sources, first, t, closeness)));
      }
      double[] total = new double[n];
      for (Future<double[]> part : parts) {
        double[] bc = part.get();
        for (int v = 0; v < n; v++) {
          total[v] += bc[v];
        }
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing betweenness", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("betweenness failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The per-thread state of the searches. Confined to one thread.
   *
   * <p>A search scans each node's neighbours once and appends those one step further from the
   * source to its list of successors without a branch (the test whether a neighbour is one step
   * further is a coin toss the processor cannot predict). A pass over the successor lists in search
   * order then counts the shortest paths and fills compact predecessor lists, so that the
   * accumulation visits only the edges of the shortest-path DAG. Each sum is taken in the order of
   * Brandes' textbook loop (a node's path count over its predecessors in search order, its
   * dependency over its successors in reverse search order), so the results are the same to the
   * last bit.
   */
  private static final class Worker {
    private final int[] off;
    private final int[] nbr;
    private final int[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] queue;
    private final int[] successors;
    private final int[] segment;
    private final int[] predecessors;
    private final int[] first;
    private final int[] end;
    private final double[] bc;

    Worker(Network.Adjacency a, int n) {
      off = a.off();
      nbr = a.nbr();
      dist = new int[n];
      java.util.Arrays.fill(dist, -1);
      sigma = new double[n];
      delta = new double[n];
      queue = new int[n];
      int edges = off[n] / 2;
      successors = new int[edges + 1];
      segment = new int[n + 1];
      predecessors = new int[edges + 1];
      first = new int[n];
      end = new int[n];
      bc = new double[n];
    }

    double[] sweep(int[] sources, int from, int step, double[] closeness) {
      for (int i = from; i < sources.length; i += step) {
        int s = sources[i];
        int visited = search(s);
        if (closeness != null) {
          long sum = 0;
          for (int q = 1; q < visited; q++) {
            sum += dist[queue[q]];
          }
          closeness[s] = visited == 1 ? Double.NaN : 1.0 / sum;
        }
        countPaths(visited);
        accumulate(visited);
      }
      return bc;
    }

    /** Breadth-first search from s: distances, search order and successor lists. */
    private int search(int s) {
      dist[s] = 0;
      queue[0] = s;
      int head = 0;
      int tail = 1;
      int next = 0;
      while (head < tail) {
        segment[head] = next;
        int v = queue[head++];
        int dv = dist[v] + 1;
        for (int k = off[v], stop = off[v + 1]; k < stop; k++) {
          int w = nbr[k];
          int d = dist[w];
          if (d < 0) {
            dist[w] = dv;
            queue[tail++] = w;
            d = dv;
          }
          successors[next] = w;
          next += ((d ^ dv) - 1) >>> 31;
        }
      }
      segment[tail] = next;
      return tail;
    }

    /** Path counts and predecessor lists from the successor lists, in search order. */
    private void countPaths(int visited) {
      for (int i = 0, stop = segment[visited]; i < stop; i++) {
        end[successors[i]]++;
      }
      int position = 0;
      for (int q = 0; q < visited; q++) {
        int x = queue[q];
        int count = end[x];
        first[x] = position;
        end[x] = position;
        position += count;
      }
      sigma[queue[0]] = 1;
      for (int q = 0; q < visited; q++) {
        int v = queue[q];
        double sv = sigma[v];
        for (int i = segment[q], stop = segment[q + 1]; i < stop; i++) {
          int x = successors[i];
          sigma[x] += sv;
          predecessors[end[x]++] = v;
        }
      }
    }

    private void accumulate(int visited) {
      for (int q = visited - 1; q > 0; q--) {
        int w = queue[q];
        double coefficient = (1 + delta[w]) / sigma[w];
        for (int k = first[w], stop = end[w]; k < stop; k++) {
          int v = predecessors[k];
          delta[v] += sigma[v] * coefficient;
        }
        bc[w] += delta[w];
      }
      for (int q = 0; q < visited; q++) {
        int w = queue[q];
        dist[w] = -1;
        sigma[w] = 0;
        delta[w] = 0;
        end[w] = 0;
      }
    }
  }
}
