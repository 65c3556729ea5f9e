package org.tripart.fieldwork;

/**
 * The AAPOR outcome rates of one set of {@link Counts}; formulas in {@code response-rates.md}
 * beside this class. Not-eligible cases enter no rate. Immutable.
 *
 * @param counts the counts the rates are computed from
 * @param rr1 response rate 1: I / ((I+P) + (R+NC+O) + (UH+UO))
 * @param rr2 response rate 2: (I+P) / ((I+P) + (R+NC+O) + (UH+UO))
 * @param coop1 cooperation rate 1: I / ((I+P) + R + O)
 * @param coop2 cooperation rate 2: (I+P) / ((I+P) + R + O)
 * @param ref1 refusal rate 1: R / ((I+P) + (R+NC+O) + (UH+UO))
 * @param con1 contact rate 1: ((I+P) + R + O) / ((I+P) + R + O + NC + (UH+UO))
 */
public record ResponseRates(
    Counts counts, Rate rr1, Rate rr2, Rate coop1, Rate coop2, Rate ref1, Rate con1) {

  /** The rates of these counts. */
  public static ResponseRates compute(Counts c) {
    long interviews = c.complete() + c.partial();
    long eligibleNonInterviews = c.refusalOrBreakoff() + c.nonContact() + c.other();
    long all = interviews + eligibleNonInterviews + c.unknownEligibility();
    long contacted = interviews + c.refusalOrBreakoff() + c.other();
    return new ResponseRates(
        c,
        new Rate("RR1", c.complete(), all),
        new Rate("RR2", interviews, all),
        new Rate("COOP1", c.complete(), contacted),
        new Rate("COOP2", interviews, contacted),
        new Rate("REF1", c.refusalOrBreakoff(), all),
        new Rate("CON1", contacted, all));
  }
}
