package org.tripart.interop;

import org.tripart.dataset.Ties;

/**
 * How an {@link Exporter} writes. Immutable.
 *
 * @param language the language of labels for formats that carry one language only (SPSS, Stata, R);
 *     null for the instrument's default language (its first)
 * @param ties the partners named in the data's rosters, written beside the data as the ties file;
 *     null when there are none or no data
 */
public record ExportOptions(String language, Ties ties) {
  /** Options without ties. */
  public ExportOptions(String language) {
    this(language, null);
  }

  /** The instrument's default language. */
  public static ExportOptions defaults() {
    return new ExportOptions(null, null);
  }

  /** The same options with {@code partners} written as the ties file. */
  public ExportOptions withTies(Ties partners) {
    return new ExportOptions(language, partners);
  }
}
