package org.tripart.interop.redcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.dataset.Dataset;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.interop.ConversionNote;
import org.tripart.interop.RecordsImport;

/** Record exports written in tests: labels, odd checkbox codes, bad answers, repeats. */
class RecordsTest {
  private final Instrument instrument =
      Fixtures.dictionary(
              "record_id,f,,text,ID,,,,,,,,,,,,,\n"
                  + "r,f,,radio,R,\"1, One | -1, Minus one | 999, Refused\",,,,,,,,,,,,\n"
                  + "cb,f,,checkbox,CB,\"A, Apple | -1, None | 2, Two\",,,,,,,,,,,,\n"
                  + "n,f,,text,N,,,integer,0,10,,,,,,,,\n"
                  + "yn,f,,yesno,YN,,,,,,,,,,,,,\n")
          .instrument();

  private RecordsImport read(String csv) {
    return new RedcapRecords()
        .read(instrument, csv.getBytes(StandardCharsets.UTF_8), "records.csv");
  }

  @Test
  void rawCodesAndCheckboxCodesInAnyCaseAreMatched() {
    RecordsImport r = read("record_id,r,cb___a,cb____1,cb___2,n,yn\n7,-1,1,1,0,4,1\n");
    Dataset d = r.datasets().get("responses");
    assertThat(d.column("r").answer(0)).isEqualTo(new Answer.Choice("m1"));
    assertThat(d.column("cb").answer(0)).isEqualTo(new Answer.Choices(Set.of("a", "m1")));
    assertThat(d.column("n").answer(0)).isEqualTo(new Answer.Number(4));
    assertThat(d.column("yn").answer(0)).isEqualTo(new Answer.Choice("yes"));
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void labelExportsAreMatchedByLabel() {
    RecordsImport r =
        read("record_id,r,cb___A,cb____1,cb___2,n,yn\n8,Refused,Checked,Unchecked,Checked,,No\n");
    Dataset d = r.datasets().get("responses");
    assertThat(d.column("r").answer(0)).isEqualTo(new Answer.Choice("999"));
    assertThat(d.column("cb").answer(0)).isEqualTo(new Answer.Choices(Set.of("a", "2")));
    assertThat(d.column("yn").answer(0)).isEqualTo(new Answer.Choice("no"));
  }

  @Test
  void impossibleAnswersAndUnknownFieldsAreNotedAndTheRestImported() {
    RecordsImport r = read("record_id,r,n,extra\n9,5,11,hello\n10,1,2.5,\n11,UNK,3,\n");
    Dataset d = r.datasets().get("responses");
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.column("r").answer(1)).isEqualTo(new Answer.Choice("1"));
    assertThat(d.column("n").answer(2)).isEqualTo(new Answer.Number(3));
    assertThat(r.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            "records.csv:2 record 9 field r: '5' is not a code or label of the item's choices;"
                + " left out",
            "records.csv:2 record 9 field n: '11' is outside the range 0 .. 10; left out",
            "records.csv:2 record 9 field extra: value 'hello' left out: not a field of the"
                + " instrument",
            "records.csv:3 record 10 field n: '2.5' is not a whole number; left out",
            "records.csv:4 record 11 field r: 'UNK' is a REDCap missing data code the item does"
                + " not list; left out");
  }

  @Test
  void repeatingInstrumentRowsAreNotedNotImported() {
    RecordsImport r =
        read(
            "record_id,redcap_repeat_instrument,redcap_repeat_instance,r\n"
                + "1,,,1\n"
                + "1,visits,1,999\n"
                + "1,visits,2,1\n");
    assertThat(r.datasets().get("responses").size()).isEqualTo(1);
    assertThat(r.notes())
        .extracting(ConversionNote::line)
        .containsExactly(
            "records.csv:3 record 1: row of repeating instrument visits instance 1 not imported:"
                + " Tripart has no repeating instruments",
            "records.csv:4 record 1: row of repeating instrument visits instance 2 not imported:"
                + " Tripart has no repeating instruments");
  }

  @Test
  void exportOfAnotherProjectIsRefused() {
    assertThatThrownBy(() -> read("id,foo,bar\n1,2,3\n"))
        .isInstanceOf(TripartException.class)
        .hasMessage(
            "TRP-1000 records.csv:1: not a REDCap record export of instrument test: no column is"
                + " one of its fields");
  }

  @Test
  void brokenQuoteNamesItsLine() {
    assertThatThrownBy(() -> read("record_id,r\n1,1\n2,\"1\n"))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith("TRP-1000 records.csv:3: malformed CSV");
  }
}
