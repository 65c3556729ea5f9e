package org.tripart.web.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.tripart.dataset.Dataset;
import org.tripart.fieldwork.FieldworkSummary;
import org.tripart.instrument.Instrument;
import org.tripart.store.CountDimension;
import org.tripart.store.StoredResponse;

/**
 * What the dashboard takes from the rest of the web server, as functions, so that it depends on no
 * package-private class of {@code org.tripart.web} and the sign-in check can be swapped alone.
 * Immutable; the functions must be thread-safe. No field may be null.
 *
 * @param signedIn whether the request comes from a signed-in researcher (Bearer token or session
 *     cookie)
 * @param exactCounts whether the caller may see a study's exact counts (analysts, owners and the
 *     admin token); everyone else sees counts below the study's {@link
 *     org.tripart.store.StoredStudy#suppressionThreshold} withheld with their complements
 * @param instrument the current instrument of a study's group, empty when there is none
 * @param dataset the dataset of stored final responses under an instrument
 * @param fieldwork the fieldwork summary of a study along one dimension
 * @param problem the exception to throw for a refused request, by HTTP status (400, 401, 403 or
 *     404) and a plain-language detail
 * @param exportAudit writes the audit row of a download before it is sent
 */
public record DashboardSources(
    Predicate<Context> signedIn,
    BiPredicate<Context, String> exactCounts,
    BiFunction<String, String, Optional<Instrument>> instrument,
    BiFunction<Instrument, Stream<StoredResponse>, Dataset> dataset,
    BiFunction<String, CountDimension, FieldworkSummary> fieldwork,
    BiFunction<Integer, String, RuntimeException> problem,
    ExportAudit exportAudit) {

  /** Writes the audit row of an export of the request's caller. */
  @FunctionalInterface
  public interface ExportAudit {
    /**
     * Appends the row, committed when this returns; throws (a 503 problem) when it cannot be
     * written, so that the download is not sent.
     *
     * @param target what was exported within the study, or null
     * @param detail further detail, or null
     */
    void record(Context ctx, String action, String study, String target, ObjectNode detail);
  }

  public DashboardSources {
    java.util.Objects.requireNonNull(signedIn, "signedIn");
    java.util.Objects.requireNonNull(exactCounts, "exactCounts");
    java.util.Objects.requireNonNull(instrument, "instrument");
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(fieldwork, "fieldwork");
    java.util.Objects.requireNonNull(problem, "problem");
    java.util.Objects.requireNonNull(exportAudit, "exportAudit");
  }
}
