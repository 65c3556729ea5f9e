package org.tripart.web.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.Ties;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Option;
import org.tripart.network.NetworkMetrics;
import org.tripart.network.ResponseNetwork;
import org.tripart.network.ViewerNetwork;
import org.tripart.store.Institution;
import org.tripart.store.Organisations;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredInstrument;
import org.tripart.store.StoredResponse;

/**
 * A study's collaboration network built from one state of the store: the final responses of every
 * group whose current instrument has a partner roster, and the registers ({@link ResponseNetwork}),
 * with the measures of the whole network and of the viewers' part at each threshold asked for, each
 * computed on first use. {@link #state} says which state of the store a network was built from: the
 * current instruments, each roster group's final responses by id (final answers never change, so
 * new ones change the ids) and the registers. Thread-safe; the measures are computed once under the
 * object's lock.
 */
final class BuiltNetwork {
  private static final int THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final List<Object> state;
  private final ResponseNetwork.Result result;
  private final OrganisationDirectory registers;
  private final Map<String, LocalizedText> kinds;
  private final boolean synthetic;
  private NetworkMetrics all;
  private final Map<Integer, Viewers> viewers = new HashMap<>();

  /** The viewers' part of the network at one threshold, with its measures. */
  record Viewers(ViewerNetwork network, NetworkMetrics metrics) {}

  private BuiltNetwork(
      List<Object> state,
      ResponseNetwork.Result result,
      OrganisationDirectory registers,
      Map<String, LocalizedText> kinds,
      boolean synthetic) {
    this.state = state;
    this.result = result;
    this.registers = registers;
    this.kinds = kinds;
    this.synthetic = synthetic;
  }

  /** The current instrument of each group of the study that has a partner roster. */
  static List<StoredInstrument> rosterInstruments(Store store, String study) {
    Map<String, StoredInstrument> current = new LinkedHashMap<>();
    for (StoredInstrument i : store.instruments(study)) {
      current.merge(i.group(), i, (a, b) -> b.version() > a.version() ? b : a);
    }
    List<StoredInstrument> out = new ArrayList<>();
    for (StoredInstrument i : current.values()) {
      if (i.parse().items().stream().anyMatch(item -> item.type() == ItemType.ROSTER)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The state of the store a network of the study is built from: equal states give equal networks.
   * Reads the ids of the roster groups' final responses, not their answers.
   */
  static List<Object> state(
      Store store, String study, List<StoredInstrument> rosters, List<Institution> institutions) {
    List<Object> state = new ArrayList<>();
    for (StoredInstrument i : rosters) {
      long count = 0;
      long sum = 0;
      long hash = 0;
      try (Stream<StoredResponse> responses = store.finalResponses(study, i.group())) {
        for (StoredResponse r : (Iterable<StoredResponse>) responses::iterator) {
          count++;
          sum += r.id();
          hash = hash * 31 + r.id();
        }
      }
      state.add(List.of(i.group(), i.instrumentId(), i.version(), count, sum, hash));
    }
    state.add(institutions);
    return List.copyOf(state);
  }

  /**
   * The network of the roster groups' final responses over the registers.
   *
   * @throws org.tripart.TripartException when a stored partner is no longer in the registers
   *     (TRP-1156) or a respondent's own organisation is not (TRP-1100)
   */
  static BuiltNetwork build(
      Store store,
      String study,
      List<StoredInstrument> rosters,
      List<Institution> institutions,
      List<Object> state) {
    List<ResponseNetwork.Group> groups = new ArrayList<>();
    Map<String, LocalizedText> kinds = new LinkedHashMap<>();
    boolean synthetic = false;
    for (StoredInstrument stored : rosters) {
      Instrument instrument = stored.parse();
      instrument.items().stream()
          .filter(i -> i.type() == ItemType.ROSTER)
          .forEach(r -> kindLabels(r, kinds));
      Dataset data;
      Ties ties;
      try (Stream<StoredResponse> responses = store.finalResponses(study, stored.group())) {
        data = StoredDatasets.build(instrument, responses);
      }
      try (Stream<StoredResponse> responses = store.finalResponses(study, stored.group())) {
        ties = StoredDatasets.ties(instrument, responses);
      }
      synthetic |= data.isSynthetic();
      groups.add(new ResponseNetwork.Group(stored.group(), data, ties));
    }
    OrganisationDirectory registers =
        new OrganisationDirectory(institutions.stream().map(Organisations::register).toList());
    ResponseNetwork.Result result = ResponseNetwork.build(groups, registers);
    return new BuiltNetwork(state, result, registers, kinds, synthetic);
  }

  List<Object> state() {
    return state;
  }

  ResponseNetwork.Result result() {
    return result;
  }

  OrganisationDirectory registers() {
    return registers;
  }

  /** The tie kinds of the rosters, code to label. */
  Map<String, LocalizedText> kinds() {
    return kinds;
  }

  /** Whether any response is SYNTHETIC. */
  boolean synthetic() {
    return synthetic;
  }

  synchronized NetworkMetrics all() {
    if (all == null) {
      all = NetworkMetrics.of(result.network(), THREADS);
    }
    return all;
  }

  synchronized Viewers viewers(int threshold) {
    return viewers.computeIfAbsent(
        threshold,
        t -> {
          ViewerNetwork v = result.network().forViewers(t);
          return new Viewers(v, NetworkMetrics.of(v.network(), THREADS));
        });
  }

  /**
   * The options of the roster's kind question, code to label, the first label of a code kept: the
   * tie question {@link ResponseNetwork#KIND}, else the first multiple-choice one, as {@link
   * ResponseNetwork} reads a tie's kinds.
   */
  private static void kindLabels(Item roster, Map<String, LocalizedText> kinds) {
    List<Item> ties = roster.roster().ties();
    Item kind =
        ties.stream()
            .filter(t -> t.id().equals(ResponseNetwork.KIND))
            .findFirst()
            .or(() -> ties.stream().filter(t -> t.type() == ItemType.MULTIPLE).findFirst())
            .orElse(null);
    if (kind != null) {
      for (Option o : kind.options()) {
        kinds.putIfAbsent(o.code(), o.label());
      }
    }
  }
}
