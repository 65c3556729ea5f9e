package org.tripart.study;

/**
 * The design-based counterpart of a replicated percentage: the same weighted (here unweighted)
 * proportion with a standard error, design effect and interval that account for the sampling
 * design. All in percent; NaN for count rows.
 *
 * @param figure the replicated figure (with its Wilson interval)
 * @param design a short description of the design of the figure's group
 * @param clustered true when the group's respondents are clustered (clinicians in hospitals)
 * @param standardError Taylor-linearization SE, in percentage points
 * @param designEffect variance over that of simple random sampling ({@code deff = "replace"})
 * @param ciLow lower limit of the design-based interval, in percent
 * @param ciHigh upper limit, in percent
 */
public record DesignedFigure(
    ReplicatedFigure figure,
    String design,
    boolean clustered,
    double standardError,
    double designEffect,
    double ciLow,
    double ciHigh) {

  /** Width of the design-based interval over that of the Wilson interval; NaN for counts. */
  public double widthRatio() {
    if (figure.isCount()) {
      return Double.NaN;
    }
    return (ciHigh - ciLow) / (figure.ciHigh() - figure.ciLow());
  }
}
