package org.tripart.fieldwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tripart.instrument.Sector;

/**
 * The organisations of a study's registers, looked up by id, sector or province: what a partner
 * roster picks from and what a network's nodes are described by. Built once from the registers
 * (hospitals, research institutions, companies), ordered by id; immutable and thread-safe. Lists
 * returned are unmodifiable and never null.
 */
public final class OrganisationDirectory {
  /** A directory with no organisation. */
  public static final OrganisationDirectory EMPTY = new OrganisationDirectory(List.of());

  private final Map<String, Institution> byId;
  private final List<Institution> all;
  private final Map<Sector, List<Institution>> bySector;

  /**
   * @param organisations the organisations of every register, in any order
   * @throws IllegalArgumentException when two have the same id
   * @throws NullPointerException when an organisation is null
   */
  public OrganisationDirectory(Collection<Institution> organisations) {
    List<Institution> sorted = new ArrayList<>(organisations);
    sorted.forEach(o -> Objects.requireNonNull(o, "organisation"));
    sorted.sort(Comparator.comparing(Institution::id));
    Map<String, Institution> ids = new LinkedHashMap<>();
    Map<Sector, List<Institution>> sectors = new EnumMap<>(Sector.class);
    for (Sector s : Sector.values()) {
      sectors.put(s, new ArrayList<>());
    }
    for (Institution o : sorted) {
      if (ids.putIfAbsent(o.id(), o) != null) {
        throw new IllegalArgumentException("the organisation id " + o.id() + " is given twice");
      }
      sectors.get(o.sector()).add(o);
    }
    sectors.replaceAll((s, list) -> List.copyOf(list));
    this.byId = ids;
    this.all = List.copyOf(sorted);
    this.bySector = sectors;
  }

  /** The organisation with this id, if any register has it. */
  public Optional<Institution> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The organisations of one sector, ordered by id. */
  public List<Institution> inSector(Sector sector) {
    return bySector.get(Objects.requireNonNull(sector, "sector"));
  }

  /** The organisations of one sector in one province ({@code 44}), ordered by id. */
  public List<Institution> inSector(Sector sector, String provinceCode) {
    return inSector(sector).stream().filter(o -> o.provinceCode().equals(provinceCode)).toList();
  }

  /** The organisations of every sector in this province, ordered by id. */
  public List<Institution> inProvince(String provinceCode) {
    return all.stream().filter(o -> o.provinceCode().equals(provinceCode)).toList();
  }

  /** Every organisation, ordered by id. */
  public List<Institution> all() {
    return all;
  }

  public int size() {
    return all.size();
  }
}
