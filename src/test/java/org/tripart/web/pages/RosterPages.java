package org.tripart.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tripart.capture.PartnerDirectory;
import org.tripart.capture.Violation;
import org.tripart.fieldwork.Institution;
import org.tripart.fieldwork.OrganisationDirectory;
import org.tripart.fieldwork.Tier;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.LocalizedText;
import org.tripart.instrument.Sector;

/**
 * Test fixtures of roster pages: the partners test instrument and a small SYNTHETIC register of
 * hospitals, research institutions and companies in Guangdong (44), Beijing (11) and Liaoning (21).
 */
final class RosterPages {
  static final List<Institution> REGISTER =
      List.of(
          org("H1", "Guangzhou First Hospital (SYNTHETIC)", "广州第一医院（合成）", "44", Sector.HOSPITAL),
          org("H2", "Shenzhen Eye Hospital (SYNTHETIC)", "深圳眼科医院（合成）", "44", Sector.HOSPITAL),
          org("H3", "Peking Union Hospital (SYNTHETIC)", "北京协和医院（合成）", "11", Sector.HOSPITAL),
          org(
              "I1",
              "Shenzhen Institute of AI (SYNTHETIC)",
              "深圳人工智能研究院（合成）",
              "44",
              Sector.INSTITUTION),
          org("C1", "Shenzhen Vision AI Ltd (SYNTHETIC)", "深圳视觉智能有限公司（合成）", "44", Sector.COMPANY),
          org("C2", "Beijing Deep Imaging Co (SYNTHETIC)", "北京深度影像公司（合成）", "11", Sector.COMPANY),
          org("C3", "Shenyang Scan Co (SYNTHETIC)", null, "21", Sector.COMPANY));

  static final RosterOrganisations ORGANISATIONS =
      new RosterOrganisations(new OrganisationDirectory(REGISTER));

  static final PartnerDirectory DIRECTORY = id -> ORGANISATIONS.find(id).map(Institution::sector);

  private RosterPages() {}

  private static Institution org(String id, String en, String zh, String province, Sector s) {
    return new Institution(
        id,
        en,
        province,
        s == Sector.HOSPITAL ? Tier.TERTIARY : Tier.OTHER,
        s.fileName(),
        s,
        zh == null ? LocalizedText.EMPTY : LocalizedText.of(en, zh));
  }

  static String yaml() {
    try (InputStream in =
        RosterPages.class
            .getClassLoader()
            .getResourceAsStream("org/tripart/instrument/partners.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The partners instrument: hospitals and institutions, up to 10, others allowed. */
  static Instrument partners() {
    return read(yaml());
  }

  static Instrument read(String yaml) {
    return InstrumentReader.read(new StringReader(yaml), "partners.yaml");
  }

  static String render(
      Instrument instrument,
      String lang,
      Map<String, Answer> answers,
      List<Violation> violations,
      Map<String, List<RosterSlot>> posted) {
    return RespondentPage.render(
        new PageModel(
            instrument,
            lang,
            "Roster study (SYNTHETIC)",
            "/s/TOKEN",
            "/s/TOKEN/draft",
            "/s/TOKEN?lang=",
            answers,
            violations,
            "csrf-value",
            true,
            Map.of(),
            new RosterContext(ORGANISATIONS, "/api/respond/TOKEN/organisations", posted)));
  }

  /** The HTML of one partner slot, from its {@code <li>} to its end. */
  static String slot(String html, int number) {
    int start = html.indexOf("<li class=\"partner\" data-slot=\"" + number + "\">");
    if (start < 0) {
      throw new AssertionError("no slot " + number);
    }
    return html.substring(start, html.indexOf("</li>", start) + "</li>".length());
  }
}
