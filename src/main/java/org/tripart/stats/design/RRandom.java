package org.tripart.stats.design;

/**
 * R's default random number stream (R 4.2: {@code RNGkind("Mersenne-Twister", "Inversion",
 * "Rejection")}) as {@code set.seed(seed)} starts it, so that draws R makes with {@code sample} can
 * be made again here, number for number: the seed scrambled by 50 steps of {@code seed = 69069 *
 * seed + 1} and then used to fill the 624 words of the Mersenne Twister ({@code RNG_Init}), {@code
 * unif_rand} (MT19937 times 2.3283064365386963e-10, kept inside (0, 1)) and {@code R_unif_index}
 * (rejection sampling of {@code ceil(log2(n))} random bits, 16 bits per uniform). Not thread-safe:
 * each draw advances the stream.
 */
public final class RRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int UPPER = 0x80000000;
  private static final int LOWER = 0x7fffffff;
  private static final int MATRIX_A = 0x9908b0df;
  private static final double I2_32M1 = 2.328306437080797e-10;

  private final int[] mt = new int[N];
  private int mti;

  private RRandom(int seed) {
    int s = seed;
    for (int j = 0; j < 50; j++) {
      s = 69069 * s + 1;
    }
    s = 69069 * s + 1;
    for (int j = 0; j < N; j++) {
      s = 69069 * s + 1;
      mt[j] = s;
    }
    mti = N;
  }

  /** The stream {@code set.seed(seed)} starts. */
  public static RRandom seed(int seed) {
    return new RRandom(seed);
  }

  /** R's {@code unif_rand()}: the next uniform in (0, 1). */
  public double unifRand() {
    double v = next() * 2.3283064365386963e-10;
    if (v <= 0.0) {
      return 0.5 * I2_32M1;
    }
    if (1.0 - v <= 0.0) {
      return 1.0 - 0.5 * I2_32M1;
    }
    return v;
  }

  /** R's {@code R_unif_index(n)}: a uniform integer in 0..n-1 by rejection ({@code sample}). */
  public int unifIndex(int n) {
    if (n <= 0) {
      return 0;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
    long dv;
    do {
      long v = 0;
      for (int k = 0; k <= bits; k += 16) {
        int v1 = (int) Math.floor(unifRand() * 65536);
        v = 65536 * v + v1;
      }
      dv = v & ((1L << bits) - 1);
    } while (n <= dv);
    return (int) dv;
  }

  /**
   * R's {@code sample.int(n)} without replacement, all n: a permutation of 0..n-1 (0-based), drawn
   * as R's {@code do_sample} does (swap the drawn index out with the last).
   */
  public int[] permutation(int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    int[] y = new int[n];
    if (n < 2) {
      for (int i = 0; i < n; i++) {
        y[i] = unifIndex(n);
      }
      return y;
    }
    int left = n;
    for (int i = 0; i < n; i++) {
      int j = unifIndex(left);
      y[i] = x[j];
      x[j] = x[--left];
    }
    return y;
  }

  private long next() {
    if (mti >= N) {
      int kk;
      int y;
      for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      mti = 0;
    }
    int y = mt[mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return Integer.toUnsignedLong(y);
  }
}
