package org.tripart.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static Document sample() {
    Table t =
        Table.builder("Table 1")
            .column("Option", Align.LEFT)
            .column("n", Align.RIGHT)
            .row("Yes, \"mostly\"", "12")
            .row("<script>alert(1)</script>", "3")
            .row("是", "7")
            .note("Denominator: 22")
            .build();
    return Document.builder("Report").banner("SYNTHETIC DATA").paragraph("Hello").table(t).build();
  }

  @Test
  void csvQuotesFieldsWithCommasAndQuotesAndLeavesOutProse() {
    String csv = Format.CSV.render(sample());
    assertThat(csv)
        .isEqualTo("Option,n\n\"Yes, \"\"mostly\"\"\",12\n<script>alert(1)</script>,3\n是,7\n");
  }

  @Test
  void htmlEscapesEveryTextAndLoadsNothing() {
    String html = Format.HTML.render(sample());
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .contains("<p class=\"banner\">SYNTHETIC DATA</p>")
        .contains("<td class=\"r\">12</td>");
  }

  @Test
  void markdownEscapesPipesAndMarksTheBanner() {
    Table t =
        Table.builder("")
            .column("a|b", Align.LEFT)
            .column("n", Align.RIGHT)
            .row("x|y", "1")
            .build();
    String md = Format.MD.render(Document.builder("T").banner("SYNTHETIC").table(t).build());
    assertThat(md).contains("| a\\|b | n |").contains("| --- | ---: |").contains("| x\\|y | 1 |");
    assertThat(md).contains("> **SYNTHETIC**");
  }

  @Test
  void textAlignsNumbersRightAndCountsChineseCharactersAsTwoColumns() {
    String text = Format.TEXT.render(sample());
    assertThat(text).contains("* SYNTHETIC DATA *");
    String[] lines = text.split("\n");
    int header = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("Option")) {
        header = i;
      }
    }
    assertThat(header).isGreaterThan(0);
    int width = lines[header].length();
    assertThat(lines[header + 2]).endsWith("12").hasSize(width);
    assertThat(TextRenderer.width(lines[header + 4])).isEqualTo(TextRenderer.width(lines[header]));
  }

  @Test
  void aLongBannerIsWrappedInsideItsFrameWithinOneHundredColumns() {
    String text = "SYNTHETIC DATA: " + "generated respondents, not real responses; ".repeat(6);
    String out = Format.TEXT.render(Document.builder("T").banner(text.strip()).build());
    List<String> framed = out.lines().filter(l -> l.startsWith("*")).toList();
    assertThat(framed).hasSizeGreaterThan(3);
    assertThat(framed).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(framed.stream().map(String::length).distinct()).hasSize(1);
    assertThat(String.join(" ", framed)).contains("SYNTHETIC DATA:").contains("real responses;");
  }
}
