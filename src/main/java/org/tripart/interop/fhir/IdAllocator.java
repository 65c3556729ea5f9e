package org.tripart.interop.fhir;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tripart.interop.ConversionNote;

/**
 * Gives every linkId a unique safe Tripart id: the linkId made safe ({@code H1/T1/Q1} -> {@code
 * h1_t1_q1}), or {@code q1}, {@code q2}, ... for machine ids (UUIDs), with {@code _2}, {@code _3}
 * appended on a clash. Each changed id is noted, so the report holds the mapping. Not thread-safe.
 */
final class IdAllocator {
  private final String file;
  private final List<ConversionNote> notes;
  private final Set<String> used = new HashSet<>();
  private final Map<String, String> mapping = new LinkedHashMap<>();
  private int machine;
  private int machineGroups;

  IdAllocator(String file, List<ConversionNote> notes) {
    this.file = file;
    this.notes = notes;
  }

  /**
   * The id of an item's (or, with {@code group}, a group's) linkId; a linkId seen twice gets a
   * second id, noted. Machine ids become {@code q1}, {@code q2}, ... for items and {@code s1},
   * {@code s2}, ... for groups.
   */
  String item(String linkId, String where, boolean group) {
    String base;
    if (FhirIds.isMachineId(linkId)) {
      do {
        base = group ? "s" + ++machineGroups : "q" + ++machine;
      } while (used.contains(base));
    } else {
      base = FhirIds.safeId(linkId);
    }
    String id = unique(base);
    if (mapping.containsKey(linkId)) {
      notes.add(
          new ConversionNote(
              file + " " + where,
              "linkId " + linkId,
              "the linkId is used twice; the second item is " + id));
    } else {
      mapping.put(linkId, id);
    }
    if (!id.equals(linkId)) {
      notes.add(
          new ConversionNote(
              file + " " + where,
              "linkId " + linkId,
              (group ? "becomes section id " : "becomes item id ") + id));
    }
    return id;
  }

  /** A fresh id for something made by the import (a section, an "other" item). */
  String section(String wanted) {
    return unique(FhirIds.safeId(wanted));
  }

  private String unique(String base) {
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "_" + n;
    }
    used.add(id);
    return id;
  }

  Map<String, String> mapping() {
    return mapping;
  }
}
