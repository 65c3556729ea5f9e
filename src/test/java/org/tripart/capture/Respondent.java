package org.tripart.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Sector;

/**
 * A small language for filling in a questionnaire in tests: answers by item, partners of a roster
 * by register id or typed-in name with their tie answers, then a final or draft submission checked
 * against a register of organisations. Builds the raw map a JSON library would make of the body.
 *
 * <pre>{@code
 * Respondent.of(PARTNERS).registers(REGISTERS)
 *     .answers("collaborates", "yes")
 *     .names("partners", listed("H0001").tie("since", 2019), typedIn("Acme AI Ltd"))
 *     .submits();
 * }</pre>
 */
final class Respondent {
  /** The SYNTHETIC test instrument with a roster of hospitals and research institutions. */
  static final Instrument PARTNERS =
      InstrumentReader.readResource("org/tripart/instrument/partners.yaml");

  private final Instrument instrument;
  private final Map<String, Object> raw = new LinkedHashMap<>();
  private PartnerDirectory directory = PartnerDirectory.NONE;

  private Respondent(Instrument instrument) {
    this.instrument = instrument;
  }

  static Respondent of(Instrument instrument) {
    return new Respondent(instrument);
  }

  /** Registers as {@code "H0001=hospital", "U0001=institution"}. */
  static PartnerDirectory registers(String... entries) {
    Map<String, Sector> m = new LinkedHashMap<>();
    for (String e : entries) {
      String[] parts = e.split("=");
      m.put(parts[0], Sector.fromFileName(parts[1]).orElseThrow());
    }
    return PartnerDirectory.of(m);
  }

  Respondent registers(PartnerDirectory directory) {
    this.directory = directory;
    return this;
  }

  /** Answers items: {@code answers("a", "yes", "b", 3)}. */
  Respondent answers(Object... idsAndValues) {
    for (int i = 0; i < idsAndValues.length; i += 2) {
      raw.put((String) idsAndValues[i], idsAndValues[i + 1]);
    }
    return this;
  }

  /** Names these entries in the roster, in order (an entry may be {@link #empty()} or null). */
  Respondent names(String roster, Entry... entries) {
    List<Object> list = new ArrayList<>();
    for (Entry e : entries) {
      list.add(e == null ? null : e.fields);
    }
    raw.put(roster, list);
    return this;
  }

  Map<String, Object> raw() {
    return raw;
  }

  ValidationResult submits() {
    return Validator.validate(instrument, raw, Mode.FINAL, directory);
  }

  ValidationResult savesDraft() {
    return Validator.validate(instrument, raw, Mode.DRAFT, directory);
  }

  static Entry listed(String id) {
    return new Entry().with("id", id);
  }

  static Entry typedIn(String name) {
    return new Entry().with("other", name);
  }

  /** An entry with no partner yet: only tie answers, if any are added. */
  static Entry empty() {
    return new Entry();
  }

  /** One roster entry as JSON gives it. */
  static final class Entry {
    final Map<String, Object> fields = new LinkedHashMap<>();

    Entry with(String key, Object value) {
      fields.put(key, value);
      return this;
    }

    Entry tie(String tie, Object value) {
      return with(tie, value);
    }
  }
}
