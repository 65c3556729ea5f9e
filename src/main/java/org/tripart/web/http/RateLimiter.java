package org.tripart.web.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a client address, an invitation token hash): each key may make {@code
 * burst} requests at once and then {@code perSecond} a second. Thread-safe. Buckets of keys that
 * have been idle long enough to be full again are dropped, so memory stays bounded by the keys
 * active in the last few seconds.
 */
public final class RateLimiter {
  /**
   * @param perSecond tokens added per second, positive
   * @param burst the bucket's size, at least 1
   */
  public record Limit(double perSecond, int burst) {
    public Limit {
      if (!(perSecond > 0) || burst < 1) {
        throw new IllegalArgumentException("a rate limit needs perSecond > 0 and burst >= 1");
      }
    }

    /** A limit no test or benchmark on one machine will reach. */
    public static Limit unlimited() {
      return new Limit(1e9, 1_000_000_000);
    }
  }

  private static final int SWEEP_EVERY = 10_000;

  private final Limit limit;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private int sinceSweep;

  public RateLimiter(Limit limit) {
    this.limit = limit;
  }

  /**
   * Takes one token of the key's bucket.
   *
   * @return 0 when the request may go ahead, else the whole seconds to wait (at least 1)
   */
  public long acquire(String key) {
    long now = System.nanoTime();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.burst(), now));
    long wait = bucket.take(limit, now);
    sweep(now);
    return wait;
  }

  private void sweep(long now) {
    synchronized (this) {
      if (++sinceSweep < SWEEP_EVERY) {
        return;
      }
      sinceSweep = 0;
    }
    double refillNanos = limit.burst() / limit.perSecond() * 1e9;
    buckets.values().removeIf(b -> b.idleSince(now) > refillNanos);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    synchronized long take(Limit limit, long now) {
      tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
    }

    synchronized long idleSince(long now) {
      return now - last;
    }
  }
}
