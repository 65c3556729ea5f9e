package org.tripart.fieldwork;

import java.util.Set;

/**
 * The GB/T 2260 codes of the 31 provincial-level regions of mainland China, as in {@code
 * study/provinces.csv}. A private copy until {@code org.tripart.instrument.Provinces} lands on the
 * main branch; then this class goes and callers use {@code Provinces.byCode}.
 */
final class ProvinceCodes {
  static final Set<String> ALL =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65");

  private ProvinceCodes() {}
}
