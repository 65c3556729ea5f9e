package org.tripart.web.dashboard;

import java.util.Map;

/**
 * Where each of the 31 provincial-level regions sits in the overview's tile grid: row and column of
 * an 8-column grid, roughly as on a map (Xinjiang west, Heilongjiang north-east, Hainan south).
 * Immutable.
 */
final class ProvinceGrid {
  static final int COLUMNS = 8;
  static final int ROWS = 8;

  /** GB/T 2260 code to {row, column}, both from 0. */
  static final Map<String, int[]> TILES =
      Map.ofEntries(
          Map.entry("65", new int[] {0, 0}),
          Map.entry("15", new int[] {0, 4}),
          Map.entry("23", new int[] {0, 7}),
          Map.entry("62", new int[] {1, 2}),
          Map.entry("64", new int[] {1, 3}),
          Map.entry("14", new int[] {1, 4}),
          Map.entry("11", new int[] {1, 5}),
          Map.entry("21", new int[] {1, 6}),
          Map.entry("22", new int[] {1, 7}),
          Map.entry("63", new int[] {2, 1}),
          Map.entry("61", new int[] {2, 3}),
          Map.entry("41", new int[] {2, 4}),
          Map.entry("13", new int[] {2, 5}),
          Map.entry("12", new int[] {2, 6}),
          Map.entry("54", new int[] {3, 0}),
          Map.entry("51", new int[] {3, 2}),
          Map.entry("50", new int[] {3, 3}),
          Map.entry("42", new int[] {3, 4}),
          Map.entry("37", new int[] {3, 5}),
          Map.entry("53", new int[] {4, 2}),
          Map.entry("52", new int[] {4, 3}),
          Map.entry("43", new int[] {4, 4}),
          Map.entry("34", new int[] {4, 5}),
          Map.entry("32", new int[] {4, 6}),
          Map.entry("45", new int[] {5, 3}),
          Map.entry("36", new int[] {5, 4}),
          Map.entry("35", new int[] {5, 5}),
          Map.entry("33", new int[] {5, 6}),
          Map.entry("31", new int[] {5, 7}),
          Map.entry("44", new int[] {6, 4}),
          Map.entry("46", new int[] {7, 3}));

  private ProvinceGrid() {}
}
