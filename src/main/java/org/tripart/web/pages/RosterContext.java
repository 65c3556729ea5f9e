package org.tripart.web.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the partner rosters of a respondent page need beyond the answers. Immutable: the map and its
 * lists are copied; nulls become {@link RosterOrganisations#NONE}, empty text and an empty map.
 *
 * @param organisations the study's registers the rosters pick from
 * @param searchAction where survey.js asks for organisations as the respondent types ({@code
 *     /api/respond/TOKEN/organisations}); empty when there is no such route, and then the page
 *     keeps the province filter and list it has without JavaScript
 * @param posted the slots of a form just posted and shown again, by roster id: they replace the
 *     roster's answer on the page, so that refused values and the province filters are kept; empty
 *     when the page shows stored answers
 */
public record RosterContext(
    RosterOrganisations organisations, String searchAction, Map<String, List<RosterSlot>> posted) {
  /** No registers, no search, nothing posted. */
  public static final RosterContext NONE = new RosterContext(null, null, null);

  public RosterContext {
    organisations = organisations == null ? RosterOrganisations.NONE : organisations;
    searchAction = searchAction == null ? "" : searchAction;
    Map<String, List<RosterSlot>> copy = new LinkedHashMap<>();
    (posted == null ? Map.<String, List<RosterSlot>>of() : posted)
        .forEach((k, v) -> copy.put(k, List.copyOf(v)));
    posted = Collections.unmodifiableMap(copy);
  }
}
