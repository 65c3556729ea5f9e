package org.tripart.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tripart.report.publish.PublicationSettings;
import org.tripart.report.publish.TestData;
import org.tripart.stats.Frequencies;
import org.tripart.stats.ItemFrequencies;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BarChartTest {
  private static final ItemFrequencies TOOLS = Frequencies.of(TestData.tools(), "tools");

  private static BarChart chart(int threshold) {
    return BarChart.of(TOOLS, new PublicationSettings("en", threshold, "SYNTHETIC test", "r"));
  }

  @Test
  void svgBarsAreProportionalToPercentagesAndWhiskersSitAtTheIntervalBounds() throws Exception {
    // ct 87/100, xray 25/100, ultrasound 3/100; R prop.test(87, 100, correct = FALSE):
    // 0.790196-0.922428; (25, 100): 0.175452-0.343045; (3, 100): 0.010255-0.084519
    Document svg = parse(SvgChart.render(chart(0)));
    double zero = tickX(svg, 0);
    double hundred = tickX(svg, 4);
    double scale = (hundred - zero) / 100;

    Map<String, Double> bars = new HashMap<>();
    NodeList rects = svg.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if ("bar".equals(r.getAttribute("class"))) {
        assertThat(Double.parseDouble(r.getAttribute("x"))).isCloseTo(zero, within(1e-3));
        bars.put(r.getAttribute("data-option"), Double.parseDouble(r.getAttribute("width")));
      }
    }
    assertThat(bars).hasSize(3);
    assertThat(bars.get("ct") / scale).isCloseTo(87, within(0.01));
    assertThat(bars.get("xray") / scale).isCloseTo(25, within(0.01));
    assertThat(bars.get("us") / scale).isCloseTo(3, within(0.01));

    Element whisker = whisker(svg, "xray");
    assertThat((Double.parseDouble(whisker.getAttribute("x1")) - zero) / scale)
        .isCloseTo(17.5452, within(0.01));
    assertThat((Double.parseDouble(whisker.getAttribute("x2")) - zero) / scale)
        .isCloseTo(34.3045, within(0.01));
  }

  @Test
  void svgIsAccessibleAndEscapesLabels() throws Exception {
    String text = SvgChart.render(chart(0));
    Document svg = parse(text);

    assertThat(svg.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 860 ");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Tools used <& \"quoted\">");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("CT & MRI: 87% (79–92)")
        .contains("SYNTHETIC");
    assertThat(text).doesNotContain("<& ");
  }

  @Test
  void withheldOptionHasNoBar() throws Exception {
    Document svg = parse(SvgChart.render(chart(5)));
    NodeList rects = svg.getElementsByTagName("rect");
    int bars = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      if ("bar".equals(((Element) rects.item(i)).getAttribute("class"))) {
        bars++;
        assertThat(((Element) rects.item(i)).getAttribute("data-option")).isNotEqualTo("us");
      }
    }
    assertThat(bars).isEqualTo(2);
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("Ultrasound: <5 (withheld)");
  }

  @Test
  void pngHasTheLayoutsSizeAndDrawsTheBars() throws Exception {
    byte[] png = PngChart.png(chart(0));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve("bar-chart-tools.png"), png);
    System.out.println(
        "chart fonts: "
            + ChartFonts.cssFamilies()
            + "; Chinese glyphs: "
            + ChartFonts.hasChinese());

    assertThat(img.getWidth()).isEqualTo(860 * PngChart.SCALE);
    Document svg = parse(SvgChart.render(chart(0)));
    assertThat(img.getHeight())
        .isEqualTo(
            (int) Double.parseDouble(svg.getDocumentElement().getAttribute("viewBox").split(" ")[3])
                * PngChart.SCALE);
    int nonWhite = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
          nonWhite++;
        }
      }
    }
    assertThat(nonWhite).isGreaterThan(2000);
    // the middle of the ct bar (87% wide) is the bar colour, in the PNG as in the SVG
    Element ct = bar(svg, "ct");
    double x =
        Double.parseDouble(ct.getAttribute("x")) + Double.parseDouble(ct.getAttribute("width")) / 2;
    double y = Double.parseDouble(ct.getAttribute("y")) + 4;
    assertThat(img.getRGB((int) (x * PngChart.SCALE), (int) (y * PngChart.SCALE)) & 0xffffff)
        .isEqualTo(0x4e79a7);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static double tickX(Document svg, int index) {
    NodeList lines = svg.getElementsByTagName("line");
    int seen = 0;
    for (int i = 0; i < lines.getLength(); i++) {
      Element l = (Element) lines.item(i);
      if ("tick".equals(l.getAttribute("class")) && seen++ == index) {
        return Double.parseDouble(l.getAttribute("x1"));
      }
    }
    throw new AssertionError("no tick " + index);
  }

  private static Element whisker(Document svg, String option) {
    return find(svg, "line", "whisker", option);
  }

  private static Element bar(Document svg, String option) {
    return find(svg, "rect", "bar", option);
  }

  private static Element find(Document svg, String tag, String cls, String option) {
    NodeList nodes = svg.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cls.equals(e.getAttribute("class")) && option.equals(e.getAttribute("data-option"))) {
        return e;
      }
    }
    throw new AssertionError("no " + cls + " for " + option);
  }
}
