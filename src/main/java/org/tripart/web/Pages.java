package org.tripart.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.fieldwork.Tokens;
import org.tripart.instrument.Instrument;
import org.tripart.store.CountDimension;
import org.tripart.store.Invitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoredStudy;
import org.tripart.synth.Synthesizer;
import org.tripart.web.dashboard.OverviewMasks;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;
import org.tripart.web.pages.FieldworkPage;
import org.tripart.web.pages.MessagePage;

/**
 * The browser routes: invitation links ({@code /s/TOKEN}), open links ({@code /o/STUDY/GROUP}, one
 * response per client-key cookie), the researcher's sign-in and the fieldwork page (with small
 * counts withheld from viewers, as {@link FieldworkApi} does). Stateless apart from its
 * collaborators.
 */
final class Pages {
  static final String CLIENT_COOKIE = "tripart_client";
  private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Store store;
  private final Respondents respondents;
  private final Questionnaires questionnaires;
  private final ResearcherAuth auth;
  private final Instruments instruments;
  private final BiPredicate<Context, String> exactCounts;

  /**
   * @param exactCounts whether the caller sees a study's exact counts on the fieldwork page
   */
  Pages(
      Store store,
      Secrets secrets,
      Respondents respondents,
      ResearcherAuth auth,
      Instruments instruments,
      BiPredicate<Context, String> exactCounts) {
    this.store = store;
    this.respondents = respondents;
    this.auth = auth;
    this.instruments = instruments;
    this.exactCounts = exactCounts;
    this.questionnaires = new Questionnaires(store, secrets, respondents);
  }

  /** Renders refusals of browser requests as message pages. */
  static PageRenderer renderer() {
    return (ctx, p) -> {
      String lang = "en";
      String accept = ctx.header("Accept-Language");
      if ("zh".equals(ctx.queryParam("lang"))
          || "zh".equals(ctx.cookie("lang"))
          || (ctx.queryParam("lang") == null && accept != null && accept.startsWith("zh"))) {
        lang = "zh";
      }
      return MessagePage.render(lang, p.status(), p.title(), p.detail());
    };
  }

  void register(RoutesConfig r) {
    r.get("/s/{token}", ctx -> questionnaires.show(ctx, invited(ctx)));
    r.post("/s/{token}", ctx -> questionnaires.post(ctx, invited(ctx)));
    r.post("/s/{token}/draft", ctx -> questionnaires.draft(ctx, invited(ctx)));
    r.get("/s/{token}/done", ctx -> questionnaires.done(ctx, invited(ctx)));
    r.get("/o/{study}/{group}", ctx -> questionnaires.show(ctx, open(ctx, true)));
    r.post("/o/{study}/{group}", ctx -> questionnaires.post(ctx, open(ctx, false)));
    r.post("/o/{study}/{group}/draft", ctx -> questionnaires.draft(ctx, open(ctx, false)));
    r.get("/o/{study}/{group}/done", ctx -> questionnaires.done(ctx, open(ctx, false)));
    r.get("/o/{study}/{group}/organisations", this::openOrganisations);
    r.get("/login", this::loginForm);
    r.post("/login", this::login);
    r.post("/logout", this::logout);
    r.get("/fieldwork/{study}", this::fieldwork);
  }

  private Questionnaires.Target invited(Context ctx) {
    String token = ctx.pathParam("token");
    Invitation inv = respondents.resolve(ctx, token);
    Instrument instrument = respondents.instrument(inv);
    return new Questionnaires.Target(
        ResponseKey.invitation(inv.id()), inv.study(), instrument, "/s/" + token, inv.id());
  }

  /**
   * The open-link response of this browser: its client key comes from a cookie, set on the first
   * visit ({@code mayCreate}); posts without the cookie are refused.
   */
  private Questionnaires.Target open(Context ctx, boolean mayCreate) {
    respondents.limitIp(ctx);
    String study = ctx.pathParam("study");
    String group = ctx.pathParam("group");
    Instrument instrument =
        store.study(study).isEmpty() ? null : instruments.current(study, group).orElse(null);
    if (instrument == null) {
      throw HttpProblem.notFound("there is no such questionnaire");
    }
    String key = ctx.cookie(CLIENT_COOKIE);
    if (key == null || !CLIENT_KEY.matcher(key).matches()) {
      if (!mayCreate) {
        throw HttpProblem.forbidden("this browser has no questionnaire open; reload the page");
      }
      key = Tokens.generate();
      ctx.cookie(
          new Cookie(CLIENT_COOKIE, key, "/o/", 180 * 86400, false, true, null, SameSite.STRICT));
    }
    return new Questionnaires.Target(
        ResponseKey.openLink(study, group, key),
        study,
        instrument,
        "/o/" + study + "/" + group,
        "open:" + key);
  }

  /**
   * The organisations an open link's rosters may name ({@link OrganisationSearch}); needs no
   * cookie, since it reads nothing of any response, but counts against the address's rate limit.
   */
  private void openOrganisations(Context ctx) {
    respondents.limitIp(ctx);
    String study = ctx.pathParam("study");
    Instrument instrument =
        store.study(study).isEmpty()
            ? null
            : instruments.current(study, ctx.pathParam("group")).orElse(null);
    if (instrument == null) {
      throw HttpProblem.notFound("there is no such questionnaire");
    }
    new OrganisationSearch(store).respond(ctx, instrument, study);
  }

  private void loginForm(Context ctx) {
    ctx.html(LoginPage.render(null, ctx.queryParam("next")));
  }

  private void login(Context ctx) {
    respondents.limitIp(ctx);
    Map<String, List<String>> form = Limits.form(ctx);
    List<String> values = form.get("token");
    List<String> next = form.get("next");
    String target = next == null || next.isEmpty() ? "/login" : next.get(0);
    String token = values == null || values.isEmpty() ? "" : values.get(0).strip();
    if (auth.byToken(token).isEmpty()) {
      auth.countFailure(ctx);
      ctx.status(401).html(LoginPage.render("This token is not valid.", target));
      return;
    }
    auth.startSession(ctx, token);
    ctx.redirect(LoginPage.isResearcherPage(target) ? target : "/login", HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    auth.endSession(ctx);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private void fieldwork(Context ctx) {
    if (auth.current(ctx).isEmpty()) {
      ctx.redirect("/login?next=" + ctx.path(), HttpStatus.SEE_OTHER);
      return;
    }
    StoredStudy study = ResearcherApi.requireStudy(store, ctx);
    String lang = "zh".equals(ctx.queryParam("lang")) ? "zh" : "en";
    int threshold = FieldworkApi.threshold(exactCounts, ctx, study);
    List<FieldworkPage.Table> tables = new ArrayList<>();
    for (CountDimension by :
        List.of(CountDimension.GROUP, CountDimension.PROVINCE, CountDimension.TIER)) {
      FieldworkSummary s = FieldworkApi.summary(store, study.id(), by);
      tables.add(
          new FieldworkPage.Table(
              s,
              OverviewMasks.fieldworkRows(s, threshold),
              OverviewMasks.fieldworkTotal(s, threshold)));
    }
    ctx.html(
        FieldworkPage.render(
            lang,
            questionnaires.studyTitle(study.id(), lang),
            tables,
            new FieldworkPage.Disclosure(threshold > 0, study.suppressionThreshold()),
            store.invitationsWithIdPrefix(study.id(), Synthesizer.ID_PREFIX),
            null));
  }
}
