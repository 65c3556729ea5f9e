package org.tripart.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A network collapsed onto groups of organisations (provinces, tiers): the symmetric matrix of the
 * numbers of ties between two groups, with the ties within a group on the diagonal. Immutable.
 */
public final class Flows {
  private final List<String> labels;
  private final long[][] ties;
  private final long unplaced;

  private Flows(List<String> labels, long[][] ties, long unplaced) {
    this.labels = labels;
    this.ties = ties;
    this.unplaced = unplaced;
  }

  /**
   * Groups the ties of {@code network} by {@code group} of their ends; a tie with an end whose
   * group is not among {@code labels} counts in {@link #unplaced()} only.
   */
  static Flows of(Network network, List<String> labels, Function<Organisation, String> group) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      position.put(labels.get(i), i);
    }
    long[][] matrix = new long[labels.size()][labels.size()];
    long unplaced = 0;
    for (Tie t : network.ties()) {
      Integer a = position.get(group.apply(network.organisation(t.source()).orElseThrow()));
      Integer b = position.get(group.apply(network.organisation(t.target()).orElseThrow()));
      if (a == null || b == null) {
        unplaced++;
        continue;
      }
      matrix[a][b]++;
      if (!a.equals(b)) {
        matrix[b][a]++;
      }
    }
    return new Flows(List.copyOf(labels), matrix, unplaced);
  }

  /** The groups, in matrix order (province codes, tier names). */
  public List<String> labels() {
    return labels;
  }

  /**
   * The ties between groups {@code a} and {@code b} (within, when equal); 0 for an unknown label.
   */
  public long ties(String a, String b) {
    int i = labels.indexOf(a);
    int j = labels.indexOf(b);
    return i < 0 || j < 0 ? 0 : ties[i][j];
  }

  /** The matrix as rows in label order. */
  public List<List<Long>> matrix() {
    List<List<Long>> rows = new ArrayList<>();
    for (long[] row : ties) {
      rows.add(java.util.Arrays.stream(row).boxed().toList());
    }
    return List.copyOf(rows);
  }

  /** The ties with an end outside every group (for provinces: an unknown province). */
  public long unplaced() {
    return unplaced;
  }
}
