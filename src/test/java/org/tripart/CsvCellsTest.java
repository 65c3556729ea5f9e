package org.tripart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void aCellThatWouldStartAFormulaGetsALeadingQuote() {
    assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(CsvCells.text("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
    assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(CsvCells.text("-0.5")).isEqualTo("-0.5");
    assertThat(CsvCells.text("+3")).isEqualTo("+3");
    assertThat(CsvCells.text("-1e-5")).isEqualTo("-1e-5");
    assertThat(CsvCells.text("a = b")).isEqualTo("a = b");
    assertThat(CsvCells.text("")).isEmpty();
    assertThat(CsvCells.text(null)).isEmpty();
  }

  @Test
  void aFieldIsNeutralisedThenQuoted() {
    assertThat(CsvCells.field("=1,2")).isEqualTo("\"'=1,2\"");
    assertThat(CsvCells.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.field("-0.5")).isEqualTo("-0.5");
  }
}
