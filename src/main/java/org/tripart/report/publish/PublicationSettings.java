package org.tripart.report.publish;

import java.util.Objects;
import org.tripart.disclosure.Suppression;

/**
 * How publication tables, charts and drafted text are made. Immutable.
 *
 * @param language the language of labels, {@code en} or {@code zh} (drafted text is English only)
 * @param threshold the disclosure threshold: counts from 1 to {@code threshold - 1} are withheld
 *     with their complements; 0 or 1 withholds nothing
 * @param provenance the data's provenance; when it starts with {@code SYNTHETIC} every table, chart
 *     and text says so
 * @param respondents the noun for the respondents in drafted text, for example {@code clinicians}
 */
public record PublicationSettings(
    String language, int threshold, String provenance, String respondents) {
  public PublicationSettings {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(respondents, "respondents");
  }

  /** English, threshold 5, real data, "respondents". */
  public static PublicationSettings defaults() {
    return new PublicationSettings("en", Suppression.DEFAULT_THRESHOLD, "", "respondents");
  }

  public boolean isSynthetic() {
    return provenance.startsWith("SYNTHETIC");
  }

  /** The label every output of synthetic data carries: the provenance, which says so. */
  public String syntheticLabel() {
    return provenance.startsWith("SYNTHETIC DATA") || provenance.startsWith("SYNTHETIC ")
        ? provenance
        : "SYNTHETIC DATA: " + provenance;
  }

  public PublicationSettings withThreshold(int t) {
    return new PublicationSettings(language, t, provenance, respondents);
  }
}
