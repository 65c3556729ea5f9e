package org.tripart.web.dashboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Province;
import org.tripart.instrument.Provinces;
import org.tripart.network.Network;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.UnmatchedPartner;
import org.tripart.network.ViewerNetwork;
import org.tripart.store.Institution;
import org.tripart.store.Store;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredStudy;
import org.tripart.synth.Synthesizer;

/**
 * A study's collaboration network as the dashboard's network page and downloads show it: built from
 * the final responses of every group whose current instrument has a partner roster and the study's
 * registers ({@link ResponseNetwork}), then cut to what the caller may see. A caller who sees all
 * (owners, analysts, the admin token) gets the whole network with the typed-in partners; a viewer
 * gets {@link Network#forViewers} at the study's threshold: only ties named by at least that many
 * respondents, the others counted in province-by-sector flows, and no typed-in partner. Keeps the
 * last network built of each of up to {@value #CACHED_STUDIES} studies, with its measures, for as
 * long as the store's state it was built from is unchanged ({@link BuiltNetwork#state}); at every
 * call it reads that state (instruments, response ids, registers), not the answers. Thread-safe.
 */
final class NetworkData {
  private static final int CACHED_STUDIES = 16;

  private final Store store;
  private final Map<String, BuiltNetwork> cache = new ConcurrentHashMap<>();

  NetworkData(Store store) {
    this.store = store;
  }

  /**
   * What one caller sees of a study's network. Immutable.
   *
   * @param all whether the caller sees every tie and the typed-in partners
   * @param threshold the study's disclosure threshold: the least number of respondents behind a tie
   *     a viewer is shown
   * @param metrics the network the caller sees ({@link NetworkMetrics#network()}) and its measures
   * @param suppressed for a viewer, the ties not shown, by province and sector of their ends; empty
   *     for a caller who sees all
   * @param unmatched for a caller who sees all, the partners typed in rather than picked from a
   *     register; empty for a viewer
   * @param inputs what went into the network; null for a viewer (it counts respondents)
   * @param registers the study's registers, for names in every language
   * @param kinds the tie kinds of the rosters, code to label
   * @param synthetic whether the responses are SYNTHETIC demonstration data
   */
  record View(
      boolean all,
      int threshold,
      NetworkMetrics metrics,
      List<ViewerNetwork.SuppressedFlow> suppressed,
      List<UnmatchedPartner> unmatched,
      ResponseNetwork.Inputs inputs,
      OrganisationDirectory registers,
      Map<String, LocalizedText> kinds,
      boolean synthetic) {
    View {
      suppressed = List.copyOf(suppressed);
      unmatched = List.copyOf(unmatched);
      kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    Network network() {
      return metrics.network();
    }

    /** The ties suppressed for a viewer, all cells added; 0 for a caller who sees all. */
    long suppressedTies() {
      return suppressed.stream().mapToLong(ViewerNetwork.SuppressedFlow::ties).sum();
    }

    /**
     * The ties between and within the 31 provinces, in {@link Provinces#all()} order, counting for
     * a viewer the suppressed ties in the flows of their ends' provinces as well as the ties shown.
     */
    long[][] provinceFlows() {
      List<Province> provinces = Provinces.all();
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < provinces.size(); i++) {
        at.put(provinces.get(i).code(), i);
      }
      long[][] m = new long[provinces.size()][provinces.size()];
      List<List<Long>> shown = metrics.provinceFlows().matrix();
      for (int i = 0; i < m.length; i++) {
        for (int j = 0; j < m.length; j++) {
          m[i][j] = shown.get(i).get(j);
        }
      }
      for (ViewerNetwork.SuppressedFlow f : suppressed) {
        Integer a = at.get(f.provinceA());
        Integer b = at.get(f.provinceB());
        if (a != null && b != null) {
          m[a][b] += f.ties();
          if (!a.equals(b)) {
            m[b][a] += f.ties();
          }
        }
      }
      return m;
    }

    /** The ties with an end of unknown province, suppressed ones included for a viewer. */
    long unplacedFlows() {
      long n = metrics.provinceFlows().unplaced();
      for (ViewerNetwork.SuppressedFlow f : suppressed) {
        if (Provinces.byCode(f.provinceA()).isEmpty()
            || Provinces.byCode(f.provinceB()).isEmpty()) {
          n += f.ties();
        }
      }
      return n;
    }

    /** The organisation's name in {@code lang}, as its register gives it. */
    String name(String id, String lang) {
      return registers
          .find(id)
          .map(i -> i.name(lang))
          .orElseGet(() -> network().organisation(id).map(o -> o.name()).orElse(id));
    }
  }

  /**
   * The study's network as the caller sees it: built afresh when the study's instruments, its
   * roster groups' final responses or its registers have changed since the last call, else the one
   * built then.
   *
   * @param all whether the caller sees everything (owners, analysts); else the study's {@link
   *     StoredStudy#suppressionThreshold} applies
   * @throws org.tripart.TripartException when a stored partner is no longer in the registers
   *     (TRP-1156) or a respondent's own organisation is not (TRP-1100)
   */
  View view(StoredStudy study, boolean all) {
    BuiltNetwork built = built(study.id());
    boolean synthetic =
        built.synthetic() || store.invitationsWithIdPrefix(study.id(), Synthesizer.ID_PREFIX) > 0;
    if (all) {
      return new View(
          true,
          study.suppressionThreshold(),
          built.all(),
          List.of(),
          built.result().network().unmatched(),
          built.result().inputs(),
          built.registers(),
          built.kinds(),
          synthetic);
    }
    BuiltNetwork.Viewers viewer = built.viewers(study.suppressionThreshold());
    return new View(
        false,
        viewer.network().threshold(),
        viewer.metrics(),
        viewer.network().suppressed(),
        List.of(),
        null,
        built.registers(),
        built.kinds(),
        synthetic);
  }

  private BuiltNetwork built(String study) {
    List<StoredInstrument> rosters = BuiltNetwork.rosterInstruments(store, study);
    List<Institution> institutions = store.institutions(study);
    List<Object> state = BuiltNetwork.state(store, study, rosters, institutions);
    BuiltNetwork cached = cache.get(study);
    if (cached != null && cached.state().equals(state)) {
      return cached;
    }
    BuiltNetwork built = BuiltNetwork.build(store, study, rosters, institutions, state);
    if (cache.size() >= CACHED_STUDIES) {
      cache.clear();
    }
    cache.put(study, built);
    return built;
  }
}
