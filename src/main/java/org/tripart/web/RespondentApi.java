package org.tripart.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Executor;
import org.tripart.instrument.Instrument;
import org.tripart.store.DraftResult;
import org.tripart.store.Invitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.StoredResponse;
import org.tripart.store.SubmitOutcome;
import org.tripart.store.SubmitResult;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * The respondent's JSON API, authenticated by the invitation token in the path (no cookies, so no
 * CSRF token): read the questionnaire state, save a draft, submit once, and find the organisations
 * a partner roster may name. The submit route answers from the store's future, so no request thread
 * waits for the group commit; the answer is written on {@code responders}, never on the store's
 * writer thread, whose next batch would otherwise wait for every socket write of the last one.
 * Stateless.
 */
final class RespondentApi {
  private final Respondents respondents;
  private final org.tripart.store.Store store;
  private final Executor responders;

  RespondentApi(Respondents respondents, org.tripart.store.Store store, Executor responders) {
    this.respondents = respondents;
    this.store = store;
    this.responders = responders;
  }

  void register(RoutesConfig r) {
    r.get("/api/respond/{token}", this::state);
    r.put("/api/respond/{token}/draft", this::draft);
    r.post("/api/respond/{token}/submit", this::submit);
    r.get("/api/respond/{token}/organisations", this::organisations);
  }

  /** The organisations the invitation's rosters may name: {@link OrganisationSearch}. */
  private void organisations(Context ctx) {
    Invitation inv = respondents.resolve(ctx, ctx.pathParam("token"));
    new OrganisationSearch(store).respond(ctx, respondents.instrument(inv), inv.study());
  }

  private void state(Context ctx) {
    Invitation inv = respondents.resolveCurrent(ctx, ctx.pathParam("token"));
    Instrument instrument = respondents.instrument(inv);
    ObjectNode out = Answers.JSON.createObjectNode();
    out.put("study", inv.study()).put("group", inv.group());
    out.put("instrument", instrument.id()).put("version", instrument.version());
    out.put("status", inv.status().name());
    out.put("expires", inv.expires() == null ? null : inv.expires().toString());
    var response = store.response(ResponseKey.invitation(inv.id()));
    if (response.isPresent()) {
      StoredResponse r = response.get();
      out.put("revision", r.revision());
      out.put("submitted", r.submitted() == null ? null : r.submitted().toString());
      out.set("answers", ResearcherApi.readTree(r.answersJson()));
    } else {
      out.put("revision", 0).putNull("submitted").putObject("answers");
    }
    ResearcherApi.json(ctx, 200, out);
  }

  private void draft(Context ctx) {
    Invitation inv = respondents.resolve(ctx, ctx.pathParam("token"));
    Instrument instrument = respondents.instrument(inv);
    Map<String, Object> raw = Answers.parse(Limits.json(ctx));
    String lang = RespondentLanguage.of(ctx, instrument);
    ctx.future(
        () ->
            respondents
                .saveDraftAsync(inv, instrument, raw, lang)
                .thenAcceptAsync(r -> answerDraft(ctx, r), responders));
  }

  private static void answerDraft(Context ctx, DraftResult r) {
    ResearcherApi.json(
        ctx, 200, Answers.JSON.createObjectNode().put("revision", r.response().revision()));
  }

  private void submit(Context ctx) {
    Invitation inv = respondents.resolve(ctx, ctx.pathParam("token"));
    Instrument instrument = respondents.instrument(inv);
    Map<String, Object> raw = Answers.parse(Limits.json(ctx));
    String idem = ctx.header("Idempotency-Key");
    if (idem != null && (idem.isBlank() || idem.length() > 200)) {
      throw HttpProblem.badRequest("the Idempotency-Key header must be 1 to 200 characters");
    }
    String lang = RespondentLanguage.of(ctx, instrument);
    ctx.future(
        () ->
            respondents
                .submitAsync(inv, instrument, raw, idem, lang)
                .thenAcceptAsync(r -> answerSubmit(ctx, r), responders));
  }

  /**
   * The submit answer, {@code {"responseId":..,"outcome":..,"submitted":..}}, streamed: the text
   * {@link ResearcherApi#json} gives for the same object node, without building the node.
   */
  private static void answerSubmit(Context ctx, SubmitResult r) {
    ctx.status(r.outcome() == SubmitOutcome.ACCEPTED ? 201 : 200)
        .contentType("application/json")
        .result(submitAnswer(r));
  }

  /** The body of {@link #answerSubmit}. */
  static String submitAnswer(SubmitResult r) {
    StringWriter text = new StringWriter(128);
    try (JsonGenerator g = Answers.JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("responseId", r.response().id());
      g.writeStringField("outcome", r.outcome().name());
      g.writeStringField("submitted", r.response().submitted().toString());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
