package org.tripart.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;

/**
 * The organisations a partner roster offers, looked up as the respondent page needs them: by id
 * (the name of a partner already named), by province (the list shown without JavaScript) and by
 * search (as the respondent types). Names are shown in the page language where the register gives
 * one ({@link Institution#name(String)}); lists are ordered by that name as the language sorts it
 * (pinyin for Chinese), then by id. Immutable and thread-safe; results are unmodifiable lists.
 */
public final class RosterOrganisations {
  /** The most organisations {@link #search} returns. */
  public static final int SEARCH_LIMIT = 20;

  /** The longest search text taken, in characters. */
  public static final int MAX_QUERY_LENGTH = 100;

  /** No organisation: rosters then offer only a name typed in. */
  public static final RosterOrganisations NONE =
      new RosterOrganisations(OrganisationDirectory.EMPTY);

  private final OrganisationDirectory directory;

  public RosterOrganisations(OrganisationDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The sectors the rosters of {@code instrument} pick partners from, in sector order. */
  public static Set<Sector> offered(Instrument instrument) {
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (Item item : instrument.items()) {
      if (item.type() == ItemType.ROSTER) {
        sectors.addAll(item.roster().sectors());
      }
    }
    return sectors;
  }

  /** The organisation with this register id, if there is one. */
  public Optional<Institution> find(String id) {
    return id == null ? Optional.empty() : directory.find(id);
  }

  /** The organisations of these sectors in one province ({@code 44}), ordered by name. */
  public List<Institution> inProvince(
      Collection<Sector> sectors, String provinceCode, String language) {
    List<Institution> out = new ArrayList<>();
    for (Sector s : sectors) {
      out.addAll(directory.inSector(s, provinceCode));
    }
    out.sort(byName(language));
    return List.copyOf(out);
  }

  /** Every organisation of one sector, ordered by name. */
  public List<Institution> inSector(Sector sector, String language) {
    List<Institution> out = new ArrayList<>(directory.inSector(sector));
    out.sort(byName(language));
    return List.copyOf(out);
  }

  /**
   * At most {@link #SEARCH_LIMIT} organisations of these sectors whose id or name in any language
   * contains {@code query}, ignoring case and surrounding blanks: those whose id or a name starts
   * with it first, each group ordered by the name in {@code language}.
   *
   * @param query the text typed; null or blank matches every organisation
   * @param provinceCode only organisations of this province; null for all
   */
  public List<Institution> search(
      Collection<Sector> sectors, String query, String provinceCode, String language) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    List<Institution> starts = new ArrayList<>();
    List<Institution> contains = new ArrayList<>();
    Set<Sector> wanted = EnumSet.noneOf(Sector.class);
    wanted.addAll(sectors);
    for (Sector s : wanted) {
      for (Institution o : directory.inSector(s)) {
        if (provinceCode != null && !provinceCode.equals(o.provinceCode())) {
          continue;
        }
        int match = match(o, q);
        if (match == 0) {
          starts.add(o);
        } else if (match == 1) {
          contains.add(o);
        }
      }
    }
    Comparator<Institution> order = byName(language);
    starts.sort(order);
    contains.sort(order);
    List<Institution> out = new ArrayList<>(starts);
    out.addAll(contains);
    return List.copyOf(out.subList(0, Math.min(SEARCH_LIMIT, out.size())));
  }

  /** 0 when the id or a name starts with {@code q}, 1 when one contains it, 2 otherwise. */
  private static int match(Institution o, String q) {
    int best = 2;
    List<String> texts = new ArrayList<>();
    texts.add(o.id());
    texts.add(o.name());
    texts.addAll(o.names().texts().values());
    for (String text : texts) {
      String t = text.toLowerCase(Locale.ROOT);
      if (t.startsWith(q)) {
        return 0;
      }
      if (t.contains(q)) {
        best = 1;
      }
    }
    return best;
  }

  private static Comparator<Institution> byName(String language) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
    return Comparator.<Institution, String>comparing(o -> o.name(language), collator)
        .thenComparing(Institution::id);
  }

  /** The province's name in {@code language} ({@code zh} or English); the code when unknown. */
  public static String provinceName(String code, String language) {
    return Provinces.byCode(code)
        .map(p -> "zh".equals(language) ? p.nameZh() : p.nameEn())
        .orElse(code);
  }

  /** The sector's name in {@code language}, as the page shows it. */
  public static String sectorName(Sector sector, String language) {
    return Texts.get("sector." + sector.fileName(), language);
  }
}
