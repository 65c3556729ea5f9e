package org.tripart.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tripart.ErrorCode;
import org.tripart.capture.Mode;
import org.tripart.capture.PartnerDirectory;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.capture.Violation;
import org.tripart.fieldwork.Tokens;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.Sector;
import org.tripart.json.AnswersJson;
import org.tripart.store.DraftOutcome;
import org.tripart.store.DraftResult;
import org.tripart.store.Institution;
import org.tripart.store.Invitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.SubmitOutcome;
import org.tripart.store.SubmitResult;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.RateLimiter;

/**
 * What every respondent route does with an invitation token: rate limits, lookup by the token's
 * hash (the store compares hashes in constant time), expiry, validation with {@link Validator}
 * (partner rosters against the study's registers, {@link #partners}) and the durable, idempotent
 * write. Thread-safe.
 */
final class Respondents {
  /** How many invitations, by token hash, {@link #resolve} keeps without asking the store. */
  static final int CACHE_CAPACITY = 10_000;

  private final Store store;
  private final Instruments instruments;
  private final RateLimiter perIp;
  private final RateLimiter perToken;
  private final Clock clock;
  private final InvitationCache cache = new InvitationCache(CACHE_CAPACITY);

  Respondents(
      Store store, Instruments instruments, RateLimiter perIp, RateLimiter perToken, Clock clock) {
    this.store = store;
    this.instruments = instruments;
    this.perIp = perIp;
    this.perToken = perToken;
    this.clock = clock;
  }

  /** Takes one request of the client's address, or refuses with 429. */
  void limitIp(Context ctx) {
    long wait = perIp.acquire(ctx.ip());
    if (wait > 0) {
      throw HttpProblem.rateLimited(wait);
    }
  }

  /**
   * The invitation of a token: 429 over the rate limits, 404 unknown, 410 expired.
   *
   * <p>Known invitations are kept in a bounded cache: what a route uses of them (id, study, group,
   * institution, expiry) never changes once stored, so the store is asked only for a token not seen
   * lately. Unknown tokens are not cached, so an invitation created a moment ago works at once. The
   * {@link Invitation#status()} returned may be stale; use {@link #resolveCurrent} where it
   * matters.
   *
   * @param token the clear token from the link
   */
  Invitation resolve(Context ctx, String token) {
    return resolve(ctx, token, false);
  }

  /** {@link #resolve}, reading the invitation from the store so its status is current. */
  Invitation resolveCurrent(Context ctx, String token) {
    return resolve(ctx, token, true);
  }

  private Invitation resolve(Context ctx, String token, boolean current) {
    limitIp(ctx);
    if (token == null || token.length() > 200) {
      throw unknownToken();
    }
    String hash = Tokens.hash(token);
    long wait = perToken.acquire(hash);
    if (wait > 0) {
      throw HttpProblem.rateLimited(wait);
    }
    Invitation invitation = current ? null : cache.get(hash);
    if (invitation == null) {
      invitation = store.invitationByTokenHash(hash).orElseThrow(Respondents::unknownToken);
      cache.put(hash, invitation);
    }
    if (invitation.expires() != null && !clock.instant().isBefore(invitation.expires())) {
      throw HttpProblem.gone("this invitation has expired; ask the study team for a new link");
    }
    return invitation;
  }

  Instrument instrument(Invitation invitation) {
    return instruments
        .current(invitation.study(), invitation.group())
        .orElseThrow(
            () -> HttpProblem.notFound("the study has no questionnaire for this invitation"));
  }

  /**
   * Validates the final answers and stores them once, with the version of {@code instrument}.
   *
   * @throws HttpProblem 422 with every violation (nothing stored); 409 when other final answers are
   *     already stored
   */
  SubmitResult submit(
      ResponseKey key, Instrument instrument, Map<String, Object> raw, String idem, String lang) {
    return joined(submitAsync(key, instrument, raw, idem, lang));
  }

  /**
   * {@link #submit} without holding the calling thread while the write waits for its group commit:
   * the 422 is thrown at once; the future completes after the COMMIT, or fails with the 409 or the
   * store's exception.
   */
  CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key, Instrument instrument, Map<String, Object> raw, String idem, String lang) {
    return submitAsync(key, instrument, raw, idem, lang, partners(key, instrument));
  }

  /**
   * {@link #submitAsync(ResponseKey, Instrument, Map, String, String)} for the response of {@code
   * invitation}, whose study the caller resolved: the partner rosters are checked against that
   * study's registers without reading the invitation again.
   */
  CompletableFuture<SubmitResult> submitAsync(
      Invitation invitation,
      Instrument instrument,
      Map<String, Object> raw,
      String idem,
      String lang) {
    return submitAsync(
        ResponseKey.invitation(invitation.id()),
        instrument,
        raw,
        idem,
        lang,
        RegisterDirectory.forInvitation(store, invitation, instrument));
  }

  private CompletableFuture<SubmitResult> submitAsync(
      ResponseKey key,
      Instrument instrument,
      Map<String, Object> raw,
      String idem,
      String lang,
      PartnerDirectory partners) {
    ValidationResult v = Validator.validate(instrument, raw, Mode.FINAL, partners);
    if (!v.isValid()) {
      var stored = store.response(key);
      if (stored.isPresent() && stored.get().isFinal()) {
        throw alreadySubmitted();
      }
      throw HttpProblem.invalidAnswers(errors(v.violations(), lang));
    }
    return checked(
        store.submitAsync(key, AnswersJson.written(v.answers()), instrument.version(), idem));
  }

  /**
   * Stores final answers that the caller validated ({@link Mode#FINAL}, against {@code instrument}
   * and {@link #partners}) and serialised ({@link Answers#toJson}) itself, once, so that a route
   * which needs the stored JSON before the write (the HTML form's idempotency key) neither
   * validates nor serialises twice.
   *
   * @throws HttpProblem 409 when other final answers are already stored
   */
  SubmitResult submitValidated(
      ResponseKey key, Instrument instrument, String answersJson, String idem) {
    return joined(submitValidatedAsync(key, instrument, answersJson, idem));
  }

  private CompletableFuture<SubmitResult> submitValidatedAsync(
      ResponseKey key, Instrument instrument, String answersJson, String idem) {
    return checked(store.submitAsync(key, answersJson, instrument.version(), idem));
  }

  /** The write, failing with the 409 when other final answers are already stored. */
  private static CompletableFuture<SubmitResult> checked(CompletableFuture<SubmitResult> write) {
    return write.thenApply(
        r -> {
          if (r.outcome() == SubmitOutcome.ALREADY_SUBMITTED && !r.sameSubmission()) {
            throw alreadySubmitted();
          }
          return r;
        });
  }

  /**
   * Validates draft answers (values only) and saves them with the version of {@code instrument}.
   *
   * @throws HttpProblem 422 with every violation; 409 when the response is already final
   */
  DraftResult saveDraft(
      ResponseKey key, Instrument instrument, Map<String, Object> raw, String lang) {
    return joined(saveDraftAsync(key, instrument, raw, lang));
  }

  /**
   * {@link #saveDraft} without holding the calling thread while the write waits for its group
   * commit: the 422 is thrown at once; the future fails with the 409 or the store's exception.
   */
  CompletableFuture<DraftResult> saveDraftAsync(
      ResponseKey key, Instrument instrument, Map<String, Object> raw, String lang) {
    return saveDraftAsync(key, instrument, raw, lang, partners(key, instrument));
  }

  /**
   * {@link #saveDraftAsync(ResponseKey, Instrument, Map, String)} for the response of {@code
   * invitation}, as {@link #submitAsync(Invitation, Instrument, Map, String, String)} is.
   */
  CompletableFuture<DraftResult> saveDraftAsync(
      Invitation invitation, Instrument instrument, Map<String, Object> raw, String lang) {
    return saveDraftAsync(
        ResponseKey.invitation(invitation.id()),
        instrument,
        raw,
        lang,
        RegisterDirectory.forInvitation(store, invitation, instrument));
  }

  private CompletableFuture<DraftResult> saveDraftAsync(
      ResponseKey key,
      Instrument instrument,
      Map<String, Object> raw,
      String lang,
      PartnerDirectory partners) {
    ValidationResult v = Validator.validate(instrument, raw, Mode.DRAFT, partners);
    if (!v.isValid()) {
      throw HttpProblem.invalidAnswers(errors(v.violations(), lang));
    }
    return saveValidatedDraftAsync(key, instrument, Answers.toJson(v.answers()));
  }

  /**
   * Saves draft answers that the caller validated ({@link Mode#DRAFT}) and serialised itself, as
   * {@link #submitValidated} does for final ones.
   *
   * @throws HttpProblem 409 when the response is already final
   */
  DraftResult saveValidatedDraft(ResponseKey key, Instrument instrument, String answersJson) {
    return joined(saveValidatedDraftAsync(key, instrument, answersJson));
  }

  private CompletableFuture<DraftResult> saveValidatedDraftAsync(
      ResponseKey key, Instrument instrument, String answersJson) {
    return store
        .saveDraftAsync(key, answersJson, instrument.version())
        .thenApply(
            r -> {
              if (r.outcome() == DraftOutcome.FINALISED) {
                throw alreadySubmitted();
              }
              return r;
            });
  }

  /**
   * The result of a write, waited for; its failure rethrown as it was thrown (an {@link
   * HttpProblem} stays one), not wrapped in a {@link CompletionException}.
   */
  private static <T> T joined(CompletableFuture<T> write) {
    try {
      return write.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** {@link RegisterDirectory#forResponse}: the registers a response's rosters may name. */
  PartnerDirectory partners(ResponseKey key, Instrument instrument) {
    return RegisterDirectory.forResponse(store, key, instrument);
  }

  /** The sector of a register entry. */
  static Sector sector(Institution institution) {
    return org.tripart.store.Organisations.sector(institution);
  }

  static List<HttpProblem.FieldError> errors(List<Violation> violations, String lang) {
    List<HttpProblem.FieldError> out = new ArrayList<>();
    for (Violation v : violations) {
      out.add(new HttpProblem.FieldError(v.itemId(), v.kind().name(), v.message(lang)));
    }
    return out;
  }

  static HttpProblem unknownToken() {
    return HttpProblem.notFound("this link is not valid; check that it was copied whole");
  }

  static HttpProblem alreadySubmitted() {
    return new HttpProblem(
        409,
        ErrorCode.ALREADY_SUBMITTED,
        "Already submitted",
        "final answers were already stored for this questionnaire; they were not changed");
  }
}
