package org.tripart.interop;

/**
 * How an {@link Exporter} writes. Immutable.
 *
 * @param language the language of labels for formats that carry one language only (SPSS, Stata, R);
 *     null for the instrument's default language (its first)
 */
public record ExportOptions(String language) {
  /** The instrument's default language. */
  public static ExportOptions defaults() {
    return new ExportOptions(null);
  }
}
