package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tripart.capture.Mode;
import org.tripart.capture.PartnerDirectory;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.capture.Violation;
import org.tripart.fieldwork.Tokens;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.ItemType;
import org.tripart.instrument.Sector;
import org.tripart.store.Institution;
import org.tripart.store.Organisations;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoredResponse;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;
import org.tripart.web.pages.ConfirmationPage;
import org.tripart.web.pages.FormAnswers;
import org.tripart.web.pages.PageModel;
import org.tripart.web.pages.RespondentPage;
import org.tripart.web.pages.RosterContext;
import org.tripart.web.pages.RosterOrganisations;
import org.tripart.web.pages.RosterSlot;
import org.tripart.web.pages.RosterSlots;

/**
 * The browser flow of one questionnaire, shared by invitation links and open links: show it (with
 * the saved draft), take the posted form (save, submit, or show: save and show the page again with
 * the partner rosters' province lists; CSRF-checked), take autosaved JSON drafts and show the
 * confirmation. Partner rosters are checked against the study's registers, and a refused form is
 * shown again with its roster slots as posted. The caller has already authorised the request and
 * names the response by its {@link ResponseKey} and the form by its base path ({@code /s/TOKEN}).
 * Thread-safe.
 */
final class Questionnaires {
  /** The form action that saves the draft and shows the page again with the rosters' lists. */
  static final String SHOW = "show";

  /** One questionnaire request: whose response, which form, and the CSRF subject. */
  record Target(
      ResponseKey key, String study, Instrument instrument, String basePath, String csrfSubject) {}

  private final Store store;
  private final Secrets secrets;
  private final Respondents respondents;

  Questionnaires(Store store, Secrets secrets, Respondents respondents) {
    this.store = store;
    this.secrets = secrets;
    this.respondents = respondents;
  }

  void show(Context ctx, Target t) {
    Optional<StoredResponse> stored = store.response(t.key());
    if (stored.isPresent() && stored.get().isFinal()) {
      ctx.redirect(t.basePath() + "/done", io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    String lang = language(ctx, t.instrument());
    Map<String, Object> raw = stored.map(r -> Answers.parse(r.answersJson())).orElse(Map.of());
    ValidationResult draft =
        Validator.validate(
            t.instrument(), raw, Mode.DRAFT, respondents.partners(t.key(), t.instrument()));
    page(ctx, t, lang, draft.answers(), List.of(), Map.of(), 200);
  }

  void post(Context ctx, Target t) {
    Map<String, List<String>> form = Limits.form(ctx);
    String csrf = first(form, "_csrf");
    if (!secrets.csrfMatches(t.csrfSubject(), csrf)) {
      throw HttpProblem.forbidden("the form has expired or was not sent from this site; reload it");
    }
    String action = first(form, "_action");
    String lang = language(ctx, t.instrument());
    Map<String, Object> raw = FormAnswers.parse(t.instrument(), form);
    Map<String, List<RosterSlot>> posted = RosterSlots.fromForm(t.instrument(), form);
    PartnerDirectory partners = respondents.partners(t.key(), t.instrument());
    if ("submit".equals(action)) {
      ValidationResult v = Validator.validate(t.instrument(), raw, Mode.FINAL, partners);
      Optional<StoredResponse> stored = store.response(t.key());
      if (stored.isPresent() && stored.get().isFinal()) {
        ctx.redirect(t.basePath() + "/done", io.javalin.http.HttpStatus.SEE_OTHER);
        return;
      }
      if (!v.isValid()) {
        page(ctx, t, lang, partial(t.instrument(), raw), v.violations(), posted, 422);
        return;
      }
      String json = Answers.toJson(v.answers());
      try {
        respondents.submitValidated(t.key(), t.instrument(), json, idempotencyKey(t, json));
      } catch (HttpProblem p) {
        if (p.status() != 409) {
          throw p;
        }
      }
      ctx.redirect(t.basePath() + "/done", io.javalin.http.HttpStatus.SEE_OTHER);
    } else if ("save".equals(action) || SHOW.equals(action)) {
      ValidationResult v = Validator.validate(t.instrument(), raw, Mode.DRAFT, partners);
      if (!v.isValid()) {
        page(ctx, t, lang, partial(t.instrument(), raw), v.violations(), posted, 422);
        return;
      }
      try {
        respondents.saveValidatedDraft(t.key(), t.instrument(), Answers.toJson(v.answers()));
      } catch (HttpProblem p) {
        if (p.status() == 409) {
          ctx.redirect(t.basePath() + "/done", io.javalin.http.HttpStatus.SEE_OTHER);
          return;
        }
        throw p;
      }
      if (SHOW.equals(action)) {
        page(ctx, t, lang, v.answers(), List.of(), posted, 200);
        return;
      }
      ctx.redirect(t.basePath() + "?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    } else {
      throw HttpProblem.badRequest(
          "the form must say _action=save, _action=show or _action=submit");
    }
  }

  /** An autosaved draft: JSON {@code {"answers": {...}}} with the CSRF token in a header; 204. */
  void draft(Context ctx, Target t) {
    if (!secrets.csrfMatches(t.csrfSubject(), ctx.header("X-CSRF-Token"))) {
      throw HttpProblem.forbidden("the X-CSRF-Token header is missing or wrong; reload the page");
    }
    Map<String, Object> body = Answers.parse(Limits.json(ctx));
    Object inner = body.get("answers");
    Map<String, Object> raw;
    if (body.size() == 1 && inner instanceof Map<?, ?> m) {
      raw = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        raw.put(String.valueOf(e.getKey()), e.getValue());
      }
    } else {
      throw HttpProblem.badRequest("send the draft as {\"answers\": {item: value, ...}}");
    }
    respondents.saveDraft(t.key(), t.instrument(), raw, language(ctx, t.instrument()));
    ctx.status(204);
  }

  void done(Context ctx, Target t) {
    Optional<StoredResponse> stored = store.response(t.key());
    if (stored.isEmpty() || !stored.get().isFinal()) {
      ctx.redirect(t.basePath(), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    String lang = language(ctx, t.instrument());
    ctx.html(ConfirmationPage.render(lang, studyTitle(t.study(), lang), stored.get().submitted()));
  }

  private void page(
      Context ctx,
      Target t,
      String lang,
      Map<String, org.tripart.instrument.Answer> answers,
      List<Violation> violations,
      Map<String, List<RosterSlot>> posted,
      int status) {
    PageModel model =
        new PageModel(
            t.instrument(),
            lang,
            studyTitle(t.study(), lang),
            t.basePath(),
            t.basePath() + "/draft",
            t.basePath() + "?lang=",
            answers,
            violations,
            secrets.csrfToken(t.csrfSubject()),
            isSynthetic(t.study()),
            institutionChoices(t),
            new RosterContext(organisations(t), searchAction(t), posted));
    ctx.status(status).html(RespondentPage.render(model));
  }

  /**
   * The registers the rosters and the non-hospital institution items of the instrument pick from;
   * {@link RosterOrganisations#NONE} (not read) when it has neither.
   */
  private RosterOrganisations organisations(Target t) {
    boolean needs =
        t.instrument().items().stream()
            .anyMatch(
                i ->
                    i.type() == ItemType.ROSTER
                        || (i.type() == ItemType.INSTITUTION && i.sector() != Sector.HOSPITAL));
    return needs ? organisations(store, t.study()) : RosterOrganisations.NONE;
  }

  /** Every organisation of the study's registers. */
  static RosterOrganisations organisations(Store store, String study) {
    return new RosterOrganisations(Organisations.of(store, study));
  }

  /** The organisations route of the page: the invitation's API, or the open link's own. */
  private static String searchAction(Target t) {
    return t.key() instanceof ResponseKey.Invited && t.basePath().startsWith("/s/")
        ? "/api/respond/" + t.basePath().substring(3) + "/organisations"
        : t.basePath() + "/organisations";
  }

  /** The well-formed answers of a refused post, to show them again. */
  private static Map<String, org.tripart.instrument.Answer> partial(
      Instrument instrument, Map<String, Object> raw) {
    return new org.tripart.capture.SubmissionParser(instrument).parse(raw).answers();
  }

  private Map<String, String> institutionChoices(Target t) {
    boolean asks = t.instrument().items().stream().anyMatch(i -> i.type() == ItemType.INSTITUTION);
    Map<String, String> choices = new LinkedHashMap<>();
    if (asks) {
      for (Institution i : store.institutions(t.study())) {
        if (!"hospital".equals(i.sector())) {
          continue;
        }
        choices.put(i.id(), i.name());
      }
    }
    return choices;
  }

  private boolean isSynthetic(String study) {
    return store.institutions(study).stream()
        .anyMatch(i -> StudyLoader.SYNTHETIC_TYPE.equals(i.type()));
  }

  String studyTitle(String study, String lang) {
    return store
        .study(study)
        .map(s -> ResearcherApi.readTree(s.titleJson()))
        .map(n -> n.hasNonNull(lang) ? n.get(lang).asText() : firstText(n))
        .orElse(study);
  }

  private static String firstText(JsonNode n) {
    return n.elements().hasNext() ? n.elements().next().asText() : "";
  }

  /** The page language; a {@code ?lang=} choice is remembered in a cookie. */
  static String language(Context ctx, Instrument instrument) {
    String lang = RespondentLanguage.of(ctx, instrument);
    if (lang.equals(ctx.queryParam("lang"))) {
      ctx.cookie(new Cookie("lang", lang, "/", 365 * 86400, false, true, null, SameSite.LAX));
    }
    return lang;
  }

  private static String idempotencyKey(Target t, String answersJson) {
    return "form-" + Tokens.hash(t.csrfSubject() + "\n" + answersJson).substring(0, 32);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
