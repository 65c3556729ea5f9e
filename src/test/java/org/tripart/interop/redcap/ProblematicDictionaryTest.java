package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Option;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.InstrumentImport;

/**
 * REDCapR's "potentially problematic" dictionary: a UTF-8 byte order mark, 6 fields on form_1
 * (record_id text, v1 dropdown, four radios), U+FFFD characters in v1's label, doubled quotes in
 * three labels, a U+2212 minus in long_dash, and a non-contiguous code 3 in v1.
 */
class ProblematicDictionaryTest {
  private static final String FILE = "redcapr__potentially-problematic__dictionary.csv";
  private final InstrumentImport imported = Fixtures.shared(FILE);
  private final Instrument instrument = imported.instrument();

  @Test
  void byteOrderMarkDoesNotHideTheFirstColumn() {
    assertThat(instrument.items())
        .extracting(i -> i.id())
        .containsExactly(
            "record_id",
            "v1",
            "curly_quote_single",
            "curly_quote_double_left",
            "curly_quote_double_right",
            "long_dash");
    assertThat(Fixtures.countsByType(instrument))
        .containsEntry("single", 5)
        .containsEntry("text", 1);
  }

  @Test
  void replacementCharactersAreKeptAndNoted() {
    assertThat(instrument.item("v1").label().en())
        .isEqualTo("Is the laser mounted on the shark?\uFFFD?\uFFFD");
    assertThat(imported.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            FILE
                + ":3 field v1: the replacement character U+FFFD in Field Label: the text was"
                + " damaged before it reached this file; kept as written");
  }

  @Test
  void doubledQuotesAndTheMinusSignSurvive() {
    assertThat(instrument.item("curly_quote_double_left").label().en())
        .isEqualTo("Maybe I don't \"look the part\"");
    assertThat(instrument.item("long_dash").label().en())
        .isEqualTo(
            "Maybe I don't \"wear the latest clothes\" \u2212or even ones that don't \"reek\"");
  }

  @Test
  void parenthesisedNumbersInChoiceLabelsAndGapsInCodesAreKept() {
    assertThat(instrument.item("curly_quote_single").options())
        .extracting(o -> o.code() + "=" + o.label().en())
        .containsExactly("0=(0) Never or Almost Never", "1=(1) Sometimes", "2=(2) Often");
    assertThat(instrument.item("v1").options())
        .extracting(Option::code)
        .containsExactly("0", "1", "3");
  }
}
