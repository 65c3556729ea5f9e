package org.tripart.stats.design;

/**
 * The 0/1 Hadamard matrices R's {@code survey:::hadamard(n)} (survey 4.1.1) chooses for {@code n}
 * half-sample pairs, entry for entry: the package's precooked matrices of order 4, 16, 28 and 36
 * ({@code survey:::hadamard.list}), Sylvester doubling {@code rbind(cbind(H, H), cbind(H, 1 - H))}
 * ({@code hadamard.doubler}) and Paley's construction from a prime p = 3 (mod 4) up to 7919 ({@code
 * survey:::paley}), tried in R's order so that the rows and columns are R's. Stateless and
 * thread-safe; every call returns a new matrix.
 */
final class Hadamard {
  private Hadamard() {}

  private static final int[] SIZES = {4, 16, 28, 36};

  private static final String[][] PRECOOKED = {
    {
      "1111", "1010", "1100", "1001",
    },
    {
      "1111111111111111",
      "1010101010101010",
      "1100110011001100",
      "1001100110011001",
      "1111000011110000",
      "1010010110100101",
      "1100001111000011",
      "1001011010010110",
      "1111111100000000",
      "1010101001010101",
      "1100110000110011",
      "1001100101100110",
      "1111000000001111",
      "1010010101011010",
      "1100001100111100",
      "1001011001101001",
    },
    {
      "1111111111111111111111111111",
      "1001110001110001110001111000",
      "1000001111001101001101111000",
      "1000001110110010111001100110",
      "1001101000001111100011010110",
      "1001010100101100010110101110",
      "1000110011010010001110011110",
      "0101100010101010011111110000",
      "0100010110110101100111010100",
      "0100011011001011110010101100",
      "0101011000010111011101001010",
      "0100101101100100111010011010",
      "0101100101011001101100100110",
      "0010110100011110101011101000",
      "0011011001100110101100110100",
      "0010101100111011010100011100",
      "0011000111010111010010110010",
      "0011001011111000100111001010",
      "0010110011101101011001000110",
      "1110101001010100010111100100",
      "1111000101100011001011001100",
      "1111000010011100111000011100",
      "1110010101001010110101010010",
      "1110011000111001001010110010",
      "1110100010100111100100101010",
      "1101111111111110000000000000",
      "1011111110000001111110000000",
      "0111111110000000000001111110",
    },
    {
      "111111111111111111111111111111111111",
      "010111000111110111001000010101100100",
      "101110001111101110010000101011001000",
      "011100011111011100100001010110010010",
      "111000111110111001000010101100100100",
      "110001111101110010000101011001001010",
      "100011111011100100001010110010010110",
      "000111110111001000010101100100101110",
      "001111101110010000101011001001011100",
      "011111011100100001010110010010111000",
      "111110111001000010101100100101110000",
      "111101110010000101011001001011100010",
      "111011100100001010110010010111000110",
      "110111001000010101100100101110001110",
      "101110010000101011001001011100011110",
      "011100100001010110010010111000111110",
      "111001000010101100100101110001111100",
      "110010000101011001001011100011111010",
      "100100001010110010010111000111110110",
      "001000010101100100101110001111101110",
      "010000101011001001011100011111011100",
      "100001010110010010111000111110111000",
      "000010101100100101110001111101110010",
      "000101011001001011100011111011100100",
      "001010110010010111000111110111001000",
      "010101100100101110001111101110010000",
      "101011001001011100011111011100100000",
      "010110010010111000111110111001000010",
      "101100100101110001111101110010000100",
      "011001001011100011111011100100001010",
      "110010010111000111110111001000010100",
      "100100101110001111101110010000101010",
      "001001011100011111011100100001010110",
      "010010111000111110111001000010101100",
      "100101110001111101110010000101011000",
      "001011100011111011100100001010110010",
    }
  };

  private static final int LARGEST_PRIME = 7919;

  /** {@code small.primes} of {@code survey:::paley}: the primes p = 3 (mod 4) up to 7919. */
  private static final boolean[] SMALL_PRIME = smallPrimes();

  /**
   * {@code survey:::hadamard(n)}: a square 0/1 matrix of order above {@code n}, {@code h[i][j]} for
   * row i and column j (0-based).
   */
  static byte[][] of(int n) {
    int m = n - n % 4;
    for (int i = 0; i < SIZES.length; i++) {
      if (m < SIZES[i] && m + 4 >= SIZES[i]) {
        return precooked(i);
      }
    }
    if (m < SIZES[0]) {
      return precooked(0);
    }
    long[] sizes = new long[SIZES.length];
    int[] doublings = new int[SIZES.length];
    int best = 0;
    for (int i = 0; i < SIZES.length; i++) {
      long s = SIZES[i];
      while (s < n + 1L) {
        s *= 2;
        doublings[i]++;
      }
      sizes[i] = s;
      if (s < sizes[best]) {
        best = i;
      }
    }
    byte[][] h = null;
    if (sizes[best] - n > 4) {
      h = paley(n, sizes[best]);
    }
    if (h == null) {
      h = precooked(best);
      for (int i = 0; i < doublings[best]; i++) {
        h = doubled(h);
      }
    }
    return h;
  }

  /** {@code survey:::paley(n, nmax)} without a prime: null where R returns NULL. */
  private static byte[][] paley(int n, long nmax) {
    int nceil = n + 4 - n % 4;
    int nn = nceil;
    if (n % 4 + 4 == n % 8) {
      while (nn % 8 == 0) {
        nn /= 2;
      }
      if (isSmallPrime(nn - 1)) {
        byte[][] h = paleyOfPrime(nn - 1);
        while (nn < nceil) {
          h = doubled(h);
          nn *= 2;
        }
        return h;
      }
    }
    if (n > LARGEST_PRIME) {
      return null;
    }
    int p = Math.max(n, 3);
    while (!isSmallPrime(p)) {
      p++;
    }
    if (p + 1 > nceil + 4 && nceil + 4 < nmax) {
      return paley(nceil + 3, 2L * (nceil + 3));
    }
    if (p > nmax) {
      return null;
    }
    return paleyOfPrime(p);
  }

  /**
   * {@code survey:::paley(prime = p)}: {@code cbind(1, rbind(1, m))} with {@code m[i, j]} 0 where
   * (i + j) mod p is 0 or a quadratic residue of p, else 1.
   */
  private static byte[][] paleyOfPrime(int p) {
    boolean[] residue = new boolean[p];
    residue[0] = true;
    for (int i = 1; i <= (p - 1) / 2; i++) {
      residue[(int) ((long) i * i % p)] = true;
    }
    byte[][] h = new byte[p + 1][p + 1];
    java.util.Arrays.fill(h[0], (byte) 1);
    for (int i = 0; i < p; i++) {
      h[i + 1][0] = 1;
      for (int j = 0; j < p; j++) {
        h[i + 1][j + 1] = residue[(i + j) % p] ? (byte) 0 : (byte) 1;
      }
    }
    return h;
  }

  /** {@code survey:::hadamard.doubler}: {@code rbind(cbind(H, H), cbind(H, 1 - H))}. */
  private static byte[][] doubled(byte[][] h) {
    int k = h.length;
    byte[][] out = new byte[2 * k][2 * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        byte v = h[i][j];
        out[i][j] = v;
        out[i][j + k] = v;
        out[i + k][j] = v;
        out[i + k][j + k] = (byte) (1 - v);
      }
    }
    return out;
  }

  private static byte[][] precooked(int index) {
    String[] rows = PRECOOKED[index];
    byte[][] h = new byte[rows.length][rows.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < rows.length; j++) {
        h[i][j] = (byte) (rows[i].charAt(j) - '0');
      }
    }
    return h;
  }

  private static boolean isSmallPrime(int p) {
    return p >= 0 && p <= LARGEST_PRIME && SMALL_PRIME[p];
  }

  private static boolean[] smallPrimes() {
    boolean[] composite = new boolean[LARGEST_PRIME + 1];
    boolean[] out = new boolean[LARGEST_PRIME + 1];
    for (int i = 2; i <= LARGEST_PRIME; i++) {
      if (!composite[i]) {
        out[i] = i % 4 == 3;
        for (int j = i * i; j <= LARGEST_PRIME; j += i) {
          composite[j] = true;
        }
      }
    }
    return out;
  }
}
