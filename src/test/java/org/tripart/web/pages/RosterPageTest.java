package org.tripart.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tripart.web.pages.Pages.tags;
import static org.tripart.web.pages.RosterPages.partners;
import static org.tripart.web.pages.RosterPages.render;
import static org.tripart.web.pages.RosterPages.slot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.capture.Mode;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Partner;

/**
 * The partner roster on the respondent page, rendered from stored partners, from a posted form and
 * with the validator's messages, without JavaScript in mind: every control a form post needs is in
 * the HTML, named as {@link FormAnswers} reads it.
 */
class RosterPageTest {
  private final Instrument partners = partners();

  private static Map<String, Answer> collaborating(Answer.Partners named) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("company", new Answer.Text("C1"));
    answers.put("collaborates", new Answer.Choice("yes"));
    if (named != null) {
      answers.put("partners", named);
    }
    return answers;
  }

  private static Answer.Partners twoPartners() {
    return new Answer.Partners(
        List.of(
            new Partner(
                "H1",
                null,
                Map.of(
                    "kind", new Answer.Choices(Set.of("data_sharing", "deployment")),
                    "since", new Answer.Number(2019),
                    "satisfied", new Answer.Choice("3"))),
            new Partner(
                null, "Acme AI Ltd (SYNTHETIC)", Map.of("formal", new Answer.Choice("no")))));
  }

  @Test
  void storedPartnersAreShownWithTheirTieAnswersAndOneEmptySlotFollows() {
    String html = render(partners, "en", collaborating(twoPartners()), List.of(), Map.of());

    String first = slot(html, 1);
    assertThat(first)
        .contains("<legend>Partner <span class=\"slot-number\">1</span></legend>")
        .contains("<option value=\"44\" selected>Guangdong</option>")
        .contains("<option value=\"H1\" selected>Guangzhou First Hospital (SYNTHETIC)</option>")
        .contains("name=\"partners.1.kind\" value=\"data_sharing\" checked>")
        .contains("name=\"partners.1.kind\" value=\"joint_project\">")
        .contains("name=\"partners.1.kind\" value=\"deployment\" checked>")
        .contains("name=\"partners.1.since\"")
        .contains("value=\"2019\"")
        .contains("name=\"partners.1.satisfied\" value=\"3\" checked>")
        .contains("name=\"partners.1.other\" id=\"input-partners-1-other\" value=\"\"");
    assertThat(slot(html, 2))
        .contains("value=\"Acme AI Ltd (SYNTHETIC)\"")
        .contains("name=\"partners.2.formal\" value=\"no\" checked>")
        .doesNotContain("name=\"partners.2.id\" id=");
    assertThat(slot(html, 3))
        .contains("Choose the province, then press Show organisations to list them.")
        .doesNotContain(" checked");
    assertThat(html).doesNotContain("data-slot=\"4\"");
  }

  @Test
  void aSlotListsTheOrganisationsOfItsProvinceInTheRostersSectorsGroupedBySector() {
    // The roster asks for hospitals and institutions: Guangdong (44) has H1, H2 and I1, and the
    // company C1, which is not offered; H3 is in Beijing.
    String html = render(partners, "en", collaborating(twoPartners()), List.of(), Map.of());

    String first = slot(html, 1);
    assertThat(tags(first, "option").stream().filter(t -> t.contains("\"H") || t.contains("\"I")))
        .containsExactly(
            "<option value=\"H1\" selected>", "<option value=\"H2\">", "<option value=\"I1\">");
    assertThat(tags(first, "optgroup"))
        .containsExactly(
            "<optgroup label=\"hospital\">", "<optgroup label=\"research institution\">");
    assertThat(first).doesNotContain("C1").doesNotContain("H3");
  }

  @Test
  void aPostedProvinceFilterListsThatProvinceAndKeepsWhatWasTyped() {
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("partners.1.province", List.of("11"));
    form.put("partners.1.kind", List.of("joint_project"));
    form.put("partners.1.since", List.of("2021"));
    Map<String, List<RosterSlot>> posted = RosterSlots.fromForm(partners, form);

    String html = render(partners, "en", collaborating(null), List.of(), posted);

    String first = slot(html, 1);
    assertThat(first)
        .contains("<option value=\"11\" selected>Beijing</option>")
        .contains("<option value=\"H3\">Peking Union Hospital (SYNTHETIC)</option>")
        .contains("name=\"partners.1.kind\" value=\"joint_project\" checked>")
        .contains("value=\"2021\"")
        .doesNotContain("H1");
    assertThat(html).doesNotContain("data-slot=\"2\"");
  }

  @Test
  void theChinesePageNamesOrganisationsProvincesAndSectorsInChinese() {
    String html = render(partners, "zh", collaborating(twoPartners()), List.of(), Map.of());

    assertThat(slot(html, 1))
        .contains("<legend>合作机构 <span class=\"slot-number\">1</span></legend>")
        .contains("<label for=\"input-partners-1-province\">省份</label>")
        .contains("<option value=\"44\" selected>广东</option>")
        .contains("<optgroup label=\"医院\">")
        .contains("<option value=\"H1\" selected>广州第一医院（合成）</option>")
        .contains("<optgroup label=\"科研机构\">")
        .contains("value=\"广州第一医院（合成）\"")
        .contains(">显示机构</button>")
        .contains("名单中没有？请填写机构名称")
        .contains("<span>数据共享</span>");
    assertThat(html).contains(">添加合作机构</button>");
  }

  @Test
  void tiesAreMarkedAsTiesSoTheScriptDoesNotTakeThemForItems() {
    String html = render(partners, "en", collaborating(twoPartners()), List.of(), Map.of());

    assertThat(
            tags(html, "fieldset").stream()
                .filter(t -> t.contains("data-item="))
                .map(t -> t.replaceAll(".*data-item=\"([^\"]+)\".*", "$1")))
        .containsExactly("company", "collaborates", "partners", "share");
    assertThat(tags(slot(html, 1), "fieldset"))
        .filteredOn(t -> t.contains("data-tie"))
        .hasSize(6)
        .allSatisfy(t -> assertThat(t).doesNotContain("data-item").doesNotContain("hidden"));
  }

  @Test
  void theSearchBoxAndItsHiddenIdAreDisabledUntilTheScriptEnablesThem() {
    String html = render(partners, "en", collaborating(twoPartners()), List.of(), Map.of());

    String first = slot(html, 1);
    assertThat(first)
        .contains("<div class=\"search\" hidden>")
        .contains(
            "<input type=\"text\" role=\"combobox\" aria-autocomplete=\"list\""
                + " aria-expanded=\"false\" autocomplete=\"off\" spellcheck=\"false\" disabled"
                + " id=\"input-partners-1-search\" aria-controls=\"partners-1-options\"")
        .contains(
            "<input type=\"hidden\" disabled class=\"partner-id\" name=\"partners.1.id\""
                + " value=\"H1\">")
        .contains("<ul role=\"listbox\" class=\"suggestions\" hidden id=\"partners-1-options\"");
    assertThat(html)
        .contains("data-search=\"/api/respond/TOKEN/organisations\"")
        .contains("data-sectors=\"hospital,institution\"")
        .contains("data-max=\"10\"")
        .contains(
            "<template class=\"partner-template\">\n<li class=\"partner\" data-slot=\"__slot__\">")
        .contains("name=\"partners.__slot__.id\"");
  }

  @Test
  void withoutASearchRouteThePageHasNoSearchAddressAndKeepsTheProvinceList() {
    String html =
        RespondentPage.render(
            new PageModel(
                partners,
                "en",
                "Open link (SYNTHETIC)",
                "/o/study/group",
                "/o/study/group/draft",
                "/o/study/group?lang=",
                collaborating(twoPartners()),
                List.of(),
                "csrf-value",
                true,
                Map.of(),
                new RosterContext(RosterPages.ORGANISATIONS, "", Map.of())));

    assertThat(html).doesNotContain("data-search=");
    assertThat(slot(html, 1))
        .contains("<option value=\"H1\" selected>Guangzhou First Hospital (SYNTHETIC)</option>");
  }

  @Test
  void aFullRosterHasNoEmptySlot() {
    Instrument two = RosterPages.read(RosterPages.yaml().replace("max: 10", "max: 2"));

    String html = render(two, "en", collaborating(twoPartners()), List.of(), Map.of());

    assertThat(html).contains("data-slot=\"2\"").doesNotContain("data-slot=\"3\"");
  }

  @Test
  void theValidatorsMessagesAppearBesideTheirSlotAndTieWithTheValuesKept() {
    // Slot 1 names H1; slot 2 an id no register has, with a year before the range (1990-2026);
    // slot 3 names H1 again.
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("company", List.of("C1"));
    form.put("collaborates", List.of("yes"));
    form.put("partners.1.id", List.of("H1"));
    form.put("partners.1.province", List.of("44"));
    form.put("partners.2.id", List.of("NO-SUCH-ORG"));
    form.put("partners.2.since", List.of("1800"));
    form.put("partners.3.id", List.of("H1"));
    form.put("partners.3.kind", List.of("deployment"));
    ValidationResult v =
        Validator.validate(
            partners, FormAnswers.parse(partners, form), Mode.FINAL, RosterPages.DIRECTORY);
    assertThat(v.violations())
        .extracting(x -> x.kind().name())
        .containsExactlyInAnyOrder("UNKNOWN_PARTNER", "OUT_OF_RANGE", "DUPLICATE_PARTNER");

    String html =
        render(
            partners,
            "zh",
            collaborating(null),
            v.violations(),
            RosterSlots.fromForm(partners, form));

    assertThat(slot(html, 1)).doesNotContain("class=\"error\"");
    assertThat(slot(html, 2))
        .contains(
            "<div class=\"error\" id=\"item-partners-2-error\" role=\"alert\"><p>&ldquo;NO-SUCH-ORG&rdquo;不在机构名单中，请从名单中重新选择。</p></div>")
        .contains("<div class=\"error\" id=\"item-partners-2-since-error\" role=\"alert\"><p>")
        .contains("<option value=\"NO-SUCH-ORG\" selected>NO-SUCH-ORG</option>")
        .contains("value=\"1800\"");
    assertThat(slot(html, 3))
        .contains("该机构已在 partners[1] 填写，每个合作机构只需填写一次。")
        .contains("<option value=\"H1\" selected>广州第一医院（合成）</option>")
        .contains("name=\"partners.3.kind\" value=\"deployment\" checked>");
    assertThat(html)
        .contains("class=\"item roster has-error\"")
        .contains("<li><a href=\"#item-partners\">")
        .contains("合作机构 2：&ldquo;NO-SUCH-ORG&rdquo;不在机构名单中")
        .contains("合作机构 2，自哪一年起？：");
  }

  @Test
  void aRosterThatDoesNotApplyIsHiddenAndDisabled() {
    Map<String, Answer> answers = Map.of("collaborates", new Answer.Choice("no"));

    String html = render(partners, "en", answers, List.of(), Map.of());

    assertThat(tags(html, "fieldset"))
        .filteredOn(t -> t.contains("id=\"item-partners\""))
        .singleElement()
        .satisfies(t -> assertThat(t).endsWith(" hidden disabled>"));
  }

  @Test
  void theOwnCompanyIsPickedFromTheCompanyRegister() {
    String html = render(partners, "en", collaborating(null), List.of(), Map.of());

    String company = Pages.fieldset(html, "company");
    assertThat(tags(company, "option"))
        .containsExactly(
            "<option value=\"\">",
            "<option value=\"C2\">",
            "<option value=\"C3\">",
            "<option value=\"C1\" selected>");
  }
}
