package org.tripart.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Item;
import org.tripart.instrument.ItemType;
import org.tripart.interop.fhir.FhirExport;
import org.tripart.interop.fhir.FhirIds;
import org.tripart.interop.fhir.FhirJson;
import org.tripart.interop.fhir.FhirResponses;
import org.tripart.store.Invitation;
import org.tripart.store.SubmitOutcome;
import org.tripart.store.SubmitResult;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * The server's FHIR SDC face (FHIR R4, {@code application/fhir+json}): the CapabilityStatement,
 * each group's current instrument as a Questionnaire with id {@code <study>.<group>} (underscores
 * written as {@code -}, since FHIR ids allow none: {@code national-ai.clinician}), and a
 * QuestionnaireResponse submitted with the invitation token as {@code Authorization: Bearer
 * <token>}. A response becomes the answers map a web submission makes and goes through {@link
 * Respondents#submitAsync}, the very path of {@code /api/respond/{token}/submit}: the same
 * validation, durability, one response per invitation and 409. Refusals are OperationOutcomes with
 * the HTTP status the web API would give. Stateless.
 */
final class FhirApi {
  static final String FHIR_JSON = "application/fhir+json";

  private final Respondents respondents;
  private final Instruments instruments;
  private final Executor responders;

  FhirApi(Respondents respondents, Instruments instruments, Executor responders) {
    this.respondents = respondents;
    this.instruments = instruments;
    this.responders = responders;
  }

  void register(RoutesConfig r) {
    r.get("/fhir/metadata", this::metadata);
    r.get("/fhir/Questionnaire/{id}", this::questionnaire);
    r.post("/fhir/QuestionnaireResponse", this::submit);
  }

  private void metadata(Context ctx) {
    CapabilityStatement cs = new CapabilityStatement();
    cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
    cs.setDate(new java.util.Date());
    cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
    cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
    cs.setName("Tripart");
    cs.addFormat("application/fhir+json");
    cs.getSoftware().setName("Tripart");
    var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    rest.getSecurity()
        .setDescription(
            "POST QuestionnaireResponse takes the respondent's invitation token as Authorization:"
                + " Bearer <token>; Questionnaire is readable by anyone with its id"
                + " <study>.<group>");
    rest.addResource()
        .setType("Questionnaire")
        .addInteraction()
        .setCode(CapabilityStatement.TypeRestfulInteraction.READ);
    rest.addResource()
        .setType("QuestionnaireResponse")
        .addInteraction()
        .setCode(CapabilityStatement.TypeRestfulInteraction.CREATE);
    send(ctx, 200, cs);
  }

  private void questionnaire(Context ctx) {
    try {
      respondents.limitIp(ctx);
      String id = ctx.pathParam("id");
      int dot = id.lastIndexOf('.');
      if (dot <= 0 || dot == id.length() - 1) {
        throw HttpProblem.notFound(
            "a Questionnaire id is <study>.<group>, like national-ai.clinician");
      }
      String study = id.substring(0, dot).replace('-', '_');
      String group = id.substring(dot + 1).replace('-', '_');
      Instrument in =
          instruments
              .current(study, group)
              .orElseThrow(() -> HttpProblem.notFound("no questionnaire " + id));
      Questionnaire q = FhirExport.questionnaire(in).questionnaire();
      q.setId(id);
      q.setUrl(ctx.scheme() + "://" + ctx.host() + "/fhir/Questionnaire/" + id);
      send(ctx, 200, q);
    } catch (HttpProblem p) {
      outcome(ctx, p);
    }
  }

  private void submit(Context ctx) {
    Invitation inv;
    Instrument in;
    Map<String, Object> raw;
    String lang;
    try {
      inv = respondents.resolve(ctx, token(ctx));
      in = respondents.instrument(inv);
      raw = answers(in, Limits.json(ctx));
      lang = RespondentLanguage.of(ctx, in);
    } catch (HttpProblem p) {
      outcome(ctx, p);
      return;
    }
    ctx.future(
        () -> {
          try {
            return respondents
                .submitAsync(inv, in, raw, null, lang)
                .handleAsync(
                    (r, e) -> {
                      if (e != null) {
                        Throwable t = e instanceof CompletionException c ? c.getCause() : e;
                        outcome(ctx, t instanceof HttpProblem p ? p : ErrorHandling.toProblem(t));
                      } else {
                        stored(ctx, in, r);
                      }
                      return null;
                    },
                    responders);
          } catch (HttpProblem p) {
            outcome(ctx, p);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
          }
        });
  }

  private static String token(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7) || h.substring(7).isBlank()) {
      throw HttpProblem.unauthenticated(
          "send the invitation token from the respondent's link as Authorization: Bearer <token>");
    }
    return h.substring(7).trim();
  }

  /**
   * The answers of the body's QuestionnaireResponse as the raw map a web submission gives the
   * validator. Unreadable JSON is 400; an answer to an unknown linkId, a code that is no option or
   * a value of the wrong kind is 422, naming the linkId.
   */
  private static Map<String, Object> answers(Instrument in, String body) {
    String name = "the request body";
    org.hl7.fhir.instance.model.api.IBaseResource res;
    try {
      res = FhirJson.parse(body.getBytes(StandardCharsets.UTF_8), name);
    } catch (org.tripart.TripartException e) {
      if (e instanceof HttpProblem p) {
        throw p;
      }
      throw new HttpProblem(
          400,
          org.tripart.ErrorCode.FHIR_REQUEST,
          "Malformed FHIR resource",
          e.getMessage().substring(e.getMessage().indexOf(' ') + 1));
    }
    if (!(res instanceof QuestionnaireResponse qr)) {
      throw HttpProblem.badRequest(
          "the body is a " + res.fhirType() + "; send a QuestionnaireResponse");
    }
    List<HttpProblem.FieldError> errors = new ArrayList<>();
    Map<String, Answer> answers =
        FhirResponses.answers(
            in,
            qr,
            FhirIds.NONE,
            (linkId, message) ->
                errors.add(new HttpProblem.FieldError(linkId, "INVALID", message)));
    if (!errors.isEmpty()) {
      throw HttpProblem.invalidAnswers(errors);
    }
    return Answers.parse(Answers.toJson(answers));
  }

  private static void stored(Context ctx, Instrument in, SubmitResult r) {
    Map<String, Answer> answers = fromJson(in, ResearcherApi.readTree(r.response().answersJson()));
    QuestionnaireResponse qr = FhirExport.response(in, answers, null, null);
    qr.setId(Long.toString(r.response().id()));
    qr.setAuthoredElement(new DateTimeType(java.util.Date.from(r.response().submitted())));
    send(ctx, r.outcome() == SubmitOutcome.ACCEPTED ? 201 : 200, qr);
  }

  private static Map<String, Answer> fromJson(Instrument in, JsonNode o) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Item item : in.items()) {
      JsonNode v = o.get(item.id());
      if (v == null || v.isNull()) {
        continue;
      }
      if (item.type() == ItemType.MULTIPLE) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        v.forEach(c -> codes.add(c.asText()));
        out.put(item.id(), new Answer.Choices(codes));
      } else if (item.type().isNumeric()) {
        out.put(item.id(), new Answer.Number(v.asDouble()));
      } else if (item.type().isCoded()) {
        out.put(item.id(), new Answer.Choice(v.asText()));
      } else {
        out.put(item.id(), new Answer.Text(v.asText()));
      }
    }
    return out;
  }

  /** The problem as an OperationOutcome: one issue per field error, else one with the detail. */
  static void outcome(Context ctx, HttpProblem p) {
    OperationOutcome oo = new OperationOutcome();
    String code = issueCode(p.status());
    if (p.errors().isEmpty()) {
      oo.addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(OperationOutcome.IssueType.fromCode(code))
          .setDiagnostics(p.code().code() + " " + p.detail());
    }
    for (HttpProblem.FieldError e : p.errors()) {
      oo.addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(OperationOutcome.IssueType.fromCode(code))
          .setDiagnostics("linkId " + e.pointer() + ": " + e.message())
          .addExpression("QuestionnaireResponse.item.where(linkId='" + e.pointer() + "')");
    }
    if (p.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(p.retryAfterSeconds()));
    }
    send(ctx, p.status(), oo);
  }

  private static String issueCode(int status) {
    return switch (status) {
      case 401 -> "login";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 409 -> "duplicate";
      case 410 -> "expired";
      case 413 -> "too-long";
      case 429 -> "throttled";
      case 400, 415 -> "structure";
      case 422 -> "invalid";
      default -> "exception";
    };
  }

  private static void send(Context ctx, int status, Resource resource) {
    ctx.status(status)
        .contentType(FHIR_JSON + "; charset=utf-8")
        .result(FhirJson.toJson(resource).getBytes(StandardCharsets.UTF_8));
  }
}
