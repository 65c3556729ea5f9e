package org.tripart.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tripart.ErrorCode;
import org.tripart.fieldwork.Institution;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Provinces;
import org.tripart.instrument.Sector;
import org.tripart.store.Store;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.pages.RosterOrganisations;

/**
 * The organisations a partner roster of a questionnaire may name that match what the respondent
 * typed, for the search-as-you-type box of invitation pages ({@code /api/respond/{token}}) and
 * open-link pages ({@code /o/{study}/{group}}) alike: {@code ?q=} (id or a name in any language
 * contains it, ignoring case), {@code ?sector=} (repeatable, each one of the rosters' sectors; all
 * of them when absent), {@code ?province=} (a GB/T 2260 code), names in {@code ?lang=}; at most
 * {@link RosterOrganisations#SEARCH_LIMIT}. Reads the registers, writes nothing. Stateless.
 */
final class OrganisationSearch {
  private final Store store;

  OrganisationSearch(Store store) {
    this.store = store;
  }

  /**
   * Answers {@code ctx} with the matching organisations as JSON, or throws the {@link HttpProblem}
   * (400) naming the parameter that is wrong.
   */
  void respond(Context ctx, Instrument instrument, String study) {
    String lang = RespondentLanguage.of(ctx, instrument);
    Set<Sector> sectors = sectors(ctx, RosterOrganisations.offered(instrument));
    String province = ctx.queryParam("province");
    if (province != null && !province.isEmpty() && Provinces.byCode(province).isEmpty()) {
      throw HttpProblem.badRequest("province must be a GB/T 2260 code such as 44, not " + province);
    }
    String q = ctx.queryParam("q");
    if (q != null && q.length() > RosterOrganisations.MAX_QUERY_LENGTH) {
      throw HttpProblem.badRequest(
          "q is longer than " + RosterOrganisations.MAX_QUERY_LENGTH + " characters");
    }
    RosterOrganisations organisations = Questionnaires.organisations(store, study);
    ArrayNode out = Answers.JSON.createArrayNode();
    for (Institution o :
        organisations.search(
            sectors, q, province == null || province.isEmpty() ? null : province, lang)) {
      out.addObject()
          .put("id", o.id())
          .put("name", o.name(lang))
          .put("sector", o.sector().fileName())
          .put("sectorName", RosterOrganisations.sectorName(o.sector(), lang))
          .put("province", o.provinceCode())
          .put("provinceName", RosterOrganisations.provinceName(o.provinceCode(), lang));
    }
    ResearcherApi.json(ctx, 200, out);
  }

  private static Set<Sector> sectors(Context ctx, Set<Sector> offered) {
    List<String> asked = ctx.queryParams("sector");
    if (asked.isEmpty()) {
      return offered;
    }
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    for (String name : asked) {
      Sector s = Sector.fromFileName(name).orElse(null);
      if (s == null || !offered.contains(s)) {
        throw new HttpProblem(
            400,
            ErrorCode.INVALID_SECTOR,
            "Bad sector",
            "sector '"
                + name
                + "' is not one this questionnaire's partner rosters ask for; give one or more of "
                + String.join(", ", offered.stream().map(Sector::fileName).toList())
                + ", or none for all");
      }
      sectors.add(s);
    }
    return sectors;
  }
}
