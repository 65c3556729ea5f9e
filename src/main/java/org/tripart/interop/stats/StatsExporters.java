package org.tripart.interop.stats;

import org.tripart.interop.Exporter;

/** The exporters of answers for SPSS, Stata and R. Stateless and thread-safe. */
public final class StatsExporters {
  private StatsExporters() {}

  /** {@code ID.csv} and {@code ID.sps}: GET DATA, VARIABLE LABELS, VALUE LABELS, MISSING VALUES. */
  public static Exporter spss() {
    return new SpssExporter();
  }

  /** {@code ID.dta} (format 118) and, as REDCap writes them, {@code ID.csv} with {@code ID.do}. */
  public static Exporter stata() {
    return new StataExporter();
  }

  /** {@code ID.csv} (Tripart's layout) and {@code ID.R}: read.csv, labels, factors, dates. */
  public static Exporter r() {
    return new RExporter();
  }
}
