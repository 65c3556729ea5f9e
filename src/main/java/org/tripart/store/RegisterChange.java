package org.tripart.store;

import java.util.List;

/**
 * What replacing the registers of some sectors changed. Immutable.
 *
 * @param sectors the sectors replaced, those of the rows given, in {@link Institution#SECTORS}
 *     order
 * @param added organisations new to the study
 * @param updated organisations already stored whose name, names, province, tier or type changed
 * @param unchanged organisations already stored exactly as given
 * @param removed organisations of the replaced sectors that the rows no longer list
 */
public record RegisterChange(
    List<String> sectors, int added, int updated, int unchanged, int removed) {
  public RegisterChange {
    sectors = List.copyOf(sectors);
  }

  /** The number of rows given: added, updated and unchanged. */
  public int listed() {
    return added + updated + unchanged;
  }
}
