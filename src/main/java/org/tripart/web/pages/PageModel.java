package org.tripart.web.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tripart.capture.Violation;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;

/**
 * Everything {@link RespondentPage} needs to render one respondent's questionnaire. Immutable: the
 * maps and the list are copied; null maps and lists become empty, a null language becomes the
 * instrument's first language.
 *
 * @param instrument the questionnaire of the invitation's group
 * @param language {@code en} or {@code zh}
 * @param studyTitle the study's title in {@code language}, shown above the questionnaire
 * @param formAction where the form posts, for example {@code /s/TOKEN}
 * @param draftAction where survey.js posts autosaved drafts, for example {@code /s/TOKEN/draft}
 * @param languageSwitchBase the link to the page in another language without the language code, for
 *     example {@code /s/TOKEN?lang=}
 * @param answers the answers saved so far (resume) or just posted (shown again), by item id
 * @param violations the problems to show beside their items and in the summary at the top
 * @param csrfToken the value of the hidden {@code _csrf} field
 * @param synthetic true when the study runs on demonstration data: a banner says so
 * @param institutionChoices institution id to display name, in display order; empty to ask for the
 *     institution as text
 * @param rosters the registers, search route and posted slots of the partner rosters; null becomes
 *     {@link RosterContext#NONE}
 */
public record PageModel(
    Instrument instrument,
    String language,
    String studyTitle,
    String formAction,
    String draftAction,
    String languageSwitchBase,
    Map<String, Answer> answers,
    List<Violation> violations,
    String csrfToken,
    boolean synthetic,
    Map<String, String> institutionChoices,
    RosterContext rosters) {

  /** A page without partner rosters' registers ({@link RosterContext#NONE}). */
  public PageModel(
      Instrument instrument,
      String language,
      String studyTitle,
      String formAction,
      String draftAction,
      String languageSwitchBase,
      Map<String, Answer> answers,
      List<Violation> violations,
      String csrfToken,
      boolean synthetic,
      Map<String, String> institutionChoices) {
    this(
        instrument,
        language,
        studyTitle,
        formAction,
        draftAction,
        languageSwitchBase,
        answers,
        violations,
        csrfToken,
        synthetic,
        institutionChoices,
        RosterContext.NONE);
  }

  public PageModel {
    Objects.requireNonNull(instrument, "instrument");
    if (language == null || language.isBlank()) {
      language = instrument.languages().isEmpty() ? "en" : instrument.languages().get(0);
    }
    studyTitle = studyTitle == null ? "" : studyTitle;
    formAction = formAction == null ? "" : formAction;
    draftAction = draftAction == null ? "" : draftAction;
    languageSwitchBase = languageSwitchBase == null ? "" : languageSwitchBase;
    answers =
        Collections.unmodifiableMap(new LinkedHashMap<>(answers == null ? Map.of() : answers));
    violations = List.copyOf(violations == null ? List.of() : violations);
    csrfToken = csrfToken == null ? "" : csrfToken;
    institutionChoices =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(institutionChoices == null ? Map.of() : institutionChoices));
    rosters = rosters == null ? RosterContext.NONE : rosters;
  }
}
