package org.tripart.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tripart.ErrorCode;
import org.tripart.TripartException;
import org.tripart.fieldwork.RegisterException;
import org.tripart.fieldwork.RegisterProblem;
import org.tripart.store.LastOwnerException;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;

/**
 * Turns every failure into an RFC 9457 problem: {@code application/problem+json} with type, title,
 * status, detail, instance, the Tripart {@code code} and, for validation, an {@code errors} list;
 * browser pages get the same as an HTML message page. A client error is always a 4xx; only a
 * failure of the server itself is a 5xx, logged here with its stack trace and never sent to the
 * client. Stateless.
 */
final class ErrorHandling {
  /**
   * The Retry-After of a 503 for an unavailable store: a database restart or a full disk freed
   * takes seconds to minutes, and the questionnaire retries on its own.
   */
  static final long STORE_RETRY_AFTER_SECONDS = 5;

  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  static void install(JavalinConfig config, PageRenderer pages) {
    config.routes.exception(HttpProblem.class, (e, ctx) -> respond(ctx, e, pages));
    config.routes.exception(Exception.class, (e, ctx) -> respond(ctx, toProblem(e), pages));
    config.routes.error(404, ctx -> replaceDefault(ctx, 404, pages));
    config.routes.error(405, ctx -> replaceDefault(ctx, 405, pages));
    config.routes.error(413, ctx -> replaceDefault(ctx, 413, pages));
  }

  /** The problem a failure is answered with. */
  static HttpProblem toProblem(Throwable e) {
    Throwable t = e;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof HttpProblem p) {
      return p;
    }
    if (t instanceof RegisterException r) {
      List<HttpProblem.FieldError> errors = new ArrayList<>();
      for (RegisterProblem p : r.problems()) {
        String where =
            p.column() > 0
                ? "line " + p.line() + ", column " + p.column() + " (" + p.columnName() + ")"
                : "line " + p.line();
        errors.add(new HttpProblem.FieldError(where, p.code().code(), p.message()));
      }
      return new HttpProblem(
          422,
          r.code(),
          "Invalid institution register",
          errors.size() + " problem(s) in the register; nothing was loaded",
          errors,
          0);
    }
    if (t instanceof LastOwnerException l) {
      return new HttpProblem(
          409, ErrorCode.LAST_OWNER, "Conflict", l.problem() + "; nothing was changed");
    }
    if (t instanceof TripartException te) {
      if (te.code() == ErrorCode.STORE_UNAVAILABLE) {
        return new HttpProblem(
            503,
            te.code(),
            titleOf(te.code()),
            te.getMessage(),
            List.of(),
            STORE_RETRY_AFTER_SECONDS);
      }
      return new HttpProblem(statusOf(te.code()), te.code(), titleOf(te.code()), te.getMessage());
    }
    if (t instanceof JacksonException j) {
      return HttpProblem.badRequest("the body is not valid JSON: " + j.getOriginalMessage());
    }
    if (t instanceof ValidationException v) {
      return HttpProblem.badRequest("invalid parameter: " + v.getErrors().keySet());
    }
    if (t instanceof HttpResponseException h) {
      return fromStatus(h.getStatus());
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof org.eclipse.jetty.http.HttpException h
          && h.getCode() >= 400
          && h.getCode() < 500) {
        return new HttpProblem(
            h.getCode(),
            JettyErrors.codeOf(h.getCode()),
            h.getCode() == 413 ? "Content too large" : "Malformed request",
            "the request is malformed: " + h.getReason());
      }
    }
    LOG.error("request failed", t);
    return new HttpProblem(
        500,
        ErrorCode.SERVER_FAULT,
        "Server fault",
        "the server failed to handle the request; nothing of it was stored");
  }

  static HttpProblem fromStatus(int status) {
    switch (status) {
      case 404:
        return HttpProblem.notFound("there is nothing at this address");
      case 405:
        return new HttpProblem(
            405,
            ErrorCode.METHOD_NOT_ALLOWED,
            "Method not allowed",
            "this resource does not accept this HTTP method");
      case 413:
        return HttpProblem.tooLarge(Limits.MAX_BODY);
      default:
        if (status >= 400 && status < 500) {
          return new HttpProblem(
              status, ErrorCode.MALFORMED_REQUEST, "Bad request", "the request cannot be served");
        }
        return new HttpProblem(
            500, ErrorCode.SERVER_FAULT, "Server fault", "the server failed to handle the request");
    }
  }

  private static int statusOf(ErrorCode code) {
    switch (code) {
      case DUPLICATE_RECORD:
      case ALREADY_SUBMITTED:
      case REGISTER_IN_USE:
      case REGISTER_SECTOR_CHANGE:
        return 409;
      case STORE_UNAVAILABLE:
        return 503;
      case IO:
      case SERVER_FAULT:
        return 500;
      default:
        return 422;
    }
  }

  private static String titleOf(ErrorCode code) {
    switch (code) {
      case DUPLICATE_RECORD:
        return "Already exists";
      case REGISTER_IN_USE:
      case REGISTER_SECTOR_CHANGE:
        return "Conflict";
      case STORE_UNAVAILABLE:
        return "Store unavailable";
      case IO:
        return "Server fault";
      default:
        return "Unprocessable content";
    }
  }

  private static void replaceDefault(Context ctx, int status, PageRenderer pages) {
    String type = ctx.res().getContentType();
    if (type != null
        && (type.startsWith(PROBLEM_JSON)
            || type.startsWith("text/html")
            || type.startsWith(FhirApi.FHIR_JSON))) {
      return;
    }
    respond(ctx, fromStatus(status), pages);
  }

  static void respond(Context ctx, HttpProblem p, PageRenderer pages) {
    ctx.status(p.status());
    if (p.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(p.retryAfterSeconds()));
    }
    if (wantsHtml(ctx)) {
      ctx.html(pages.message(ctx, p));
      return;
    }
    ctx.contentType(PROBLEM_JSON).result(body(ctx, p));
  }

  static String body(Context ctx, HttpProblem p) {
    ObjectNode o = Answers.JSON.createObjectNode();
    o.put("type", "urn:tripart:problem:" + p.code().code());
    o.put("title", p.title());
    o.put("status", p.status());
    o.put("detail", p.detail());
    o.put("instance", ctx.path());
    o.put("code", p.code().code());
    if (!p.errors().isEmpty()) {
      ArrayNode errors = o.putArray("errors");
      for (HttpProblem.FieldError f : p.errors()) {
        errors
            .addObject()
            .put("pointer", f.pointer())
            .put("code", f.code())
            .put("message", f.message());
      }
    }
    return o.toString();
  }

  /**
   * Browser routes answer with a page unless the client asked for JSON; their draft and
   * organisations routes, which survey.js calls, always with problem+json.
   */
  static boolean wantsHtml(Context ctx) {
    String path = ctx.path();
    boolean page =
        path.startsWith("/s/")
            || path.startsWith("/o/")
            || path.startsWith("/fieldwork/")
            || path.startsWith("/dashboard/")
            || path.equals("/login")
            || path.equals("/");
    if (!page || path.endsWith("/draft") || path.endsWith("/organisations")) {
      return false;
    }
    String accept = ctx.header("Accept");
    return accept == null || !accept.contains("json");
  }
}
