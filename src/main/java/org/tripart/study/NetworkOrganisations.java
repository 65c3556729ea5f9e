package org.tripart.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.instrument.Sector;

/**
 * The organisations a SYNTHETIC network is drawn over: the study's synthetic hospitals, research
 * institutions and companies, with what the drawing rules read (province, kind, tier), and the
 * weighted draw itself. Immutable once built; the draw is deterministic for a given random stream.
 */
final class NetworkOrganisations {
  /** How much more likely a partner in the respondent's own province is drawn. */
  static final double SAME_PROVINCE = 10;

  /** How much more likely a tertiary hospital is drawn than a secondary one. */
  static final double TERTIARY = 3;

  /**
   * One organisation.
   *
   * @param kind the kind code of a research institution or company ({@code university}, {@code
   *     imaging_device_maker}); {@code hospital} for hospitals
   */
  record Org(String id, Sector sector, String province, String kind, boolean tertiary) {}

  private final Map<String, Org> byId = new LinkedHashMap<>();

  NetworkOrganisations(Collection<Org> organisations) {
    for (Org o : organisations) {
      if (byId.putIfAbsent(o.id(), o) != null) {
        throw new IllegalArgumentException("organisation " + o.id() + " is listed twice");
      }
    }
  }

  /** The organisation with this id. */
  Org get(String id) {
    Org o = byId.get(id);
    if (o == null) {
      throw new TripartException(
          ErrorCode.SYNTHESIS_SETTINGS,
          "synthetic network",
          "organisation " + id + " is not in the study's synthetic registers");
    }
    return o;
  }

  /** The organisations of one sector, in register order. */
  List<Org> of(Sector sector) {
    return byId.values().stream().filter(o -> o.sector() == sector).toList();
  }

  /** The weight of {@code o} as a partner of a respondent in {@code province}. */
  static double weight(Org o, String province) {
    return (o.province().equals(province) ? SAME_PROVINCE : 1) * (o.tertiary() ? TERTIARY : 1);
  }

  /**
   * Draws up to {@code k} organisations of {@code pool} without replacement, each with probability
   * in proportion to its weight (Efraimidis and Spirakis: the {@code k} largest {@code u^(1/w)}),
   * leaving out those in {@code taken}. One random number is drawn per organisation of the pool, in
   * pool order.
   */
  static List<Org> draw(
      List<Org> pool,
      ToDoubleFunction<Org> weight,
      int k,
      Set<String> taken,
      SplittableRandom rng) {
    List<double[]> keys = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      double u = 1 - rng.nextDouble();
      Org o = pool.get(i);
      if (!taken.contains(o.id())) {
        keys.add(new double[] {Math.log(u) / weight.applyAsDouble(o), i});
      }
    }
    keys.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
    List<Org> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, keys.size()); i++) {
      out.add(pool.get((int) keys.get(i)[1]));
    }
    return out;
  }

  /** Shuffles {@code list} in place (Fisher-Yates). */
  static <T> void shuffle(List<T> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
