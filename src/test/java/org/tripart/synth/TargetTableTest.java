package org.tripart.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tripart.synth.Fixtures.*;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tripart.TripartException;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;

class TargetTableTest {
  private static final Instrument INS =
      instrument(
          single("tier", "tertiary", "secondary"),
          single("dept", "yes", "no"),
          number("age", ItemType.INTEGER, 18, 80),
          multi("m", false, opt("a"), opt("b")));

  private static List<Target> read(String csv) {
    return TargetTable.read(new StringReader(csv), "t.csv");
  }

  @Test
  void decimalsAreCountedAsWritten() {
    List<Target> t =
        read(
            """
            item,option,pct,by_item,by_option
            # a comment
            dept,yes,16.5,,
            dept,no,47,,

            dept,yes,27,tier,tertiary
            """);
    assertThat(t).hasSize(3);
    assertThat(t.get(0).decimals()).isEqualTo(1);
    assertThat(t.get(0).pct()).isEqualTo(16.5);
    assertThat(t.get(1).decimals()).isZero();
    assertThat(t.get(0).byItem()).isNull();
    assertThat(t.get(2).byItem()).isEqualTo("tier");
    assertThat(t.get(2).byOption()).isEqualTo("tertiary");
    assertThat(t.get(2).where().toString()).isEqualTo("t.csv:6");
  }

  @Test
  void percentageOutsideZeroToHundredNamesFileAndLine() {
    assertThatThrownBy(() -> read("item,option,pct\ndept,yes,20\ndept,no,101\n"))
        .isInstanceOf(TripartException.class)
        .hasMessageStartingWith("TRP-0200 t.csv:3:")
        .hasMessageContaining("outside 0..100");
  }

  @Test
  void malformedNumberAndMissingColumnAreRejected() {
    assertThatThrownBy(() -> read("item,option,pct\ndept,yes,about 20\n"))
        .hasMessageStartingWith("TRP-0200 t.csv:2:");
    assertThatThrownBy(() -> read("item,pct\ndept,20\n")).hasMessageContaining("'option'");
  }

  @Test
  void targetsNamingWhatTheInstrumentLacksAreRejected() {
    assertThatThrownBy(() -> TargetTable.validate(INS, read("item,option,pct\nnope,yes,20\n")))
        .hasMessageStartingWith("TRP-0200 t.csv:2:")
        .hasMessageContaining("unknown item 'nope'");
    assertThatThrownBy(() -> TargetTable.validate(INS, read("item,option,pct\ndept,maybe,20\n")))
        .hasMessageContaining("no option 'maybe'");
    assertThatThrownBy(
            () ->
                TargetTable.validate(
                    INS, read("item,option,pct,by_item,by_option\ndept,yes,20,m,a\n")))
        .hasMessageContaining("not a coded single-choice item");
    assertThatThrownBy(
            () ->
                TargetTable.validate(
                    INS, read("item,option,pct,by_item,by_option\ntier,tertiary,20,dept,yes\n")))
        .hasMessageContaining("must come before");
    assertThatThrownBy(() -> TargetTable.validate(INS, read("item,option,pct\ndept,.mean,3\n")))
        .hasMessageContaining(".mean");
  }

  @Test
  void blockWithinRoundingIsAccepted() {
    // Six rows printed without decimals may sum to 100 + 6 * 0.5 = 103 at most.
    Instrument six = instrument(single("q", "a", "b", "c", "d", "e", "f"));
    String csv = "item,option,pct\nq,a,17\nq,b,17\nq,c,17\nq,d,17\nq,e,17\nq,f,17\n";
    TargetTable.validate(six, read(csv));
    String over = "item,option,pct\nq,a,18\nq,b,17\nq,c,17\nq,d,17\nq,e,17\nq,f,18\n";
    assertThatThrownBy(() -> TargetTable.validate(six, read(over))).hasMessageContaining("104");
  }
}
