package org.tripart.fieldwork;

/**
 * How many invitations ended in each {@link Disposition}. Immutable; all counts are non-negative.
 *
 * @param complete I
 * @param partial P
 * @param refusalOrBreakoff R
 * @param nonContact NC
 * @param other O
 * @param unknownEligibility UH + UO
 * @param notEligible not eligible, outside every rate
 */
public record Counts(
    long complete,
    long partial,
    long refusalOrBreakoff,
    long nonContact,
    long other,
    long unknownEligibility,
    long notEligible) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

  public Counts {
    if (complete < 0
        || partial < 0
        || refusalOrBreakoff < 0
        || nonContact < 0
        || other < 0
        || unknownEligibility < 0
        || notEligible < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The counts of these dispositions. */
  public static Counts tally(Iterable<Disposition> dispositions) {
    Counts c = ZERO;
    for (Disposition d : dispositions) {
      c = c.plus(d, 1);
    }
    return c;
  }

  /** These counts with {@code n} more invitations of disposition {@code d}. */
  public Counts plus(Disposition d, long n) {
    switch (d) {
      case COMPLETE:
        return new Counts(
            complete + n,
            partial,
            refusalOrBreakoff,
            nonContact,
            other,
            unknownEligibility,
            notEligible);
      case PARTIAL:
        return new Counts(
            complete,
            partial + n,
            refusalOrBreakoff,
            nonContact,
            other,
            unknownEligibility,
            notEligible);
      case REFUSAL_OR_BREAKOFF:
        return new Counts(
            complete,
            partial,
            refusalOrBreakoff + n,
            nonContact,
            other,
            unknownEligibility,
            notEligible);
      case NON_CONTACT:
        return new Counts(
            complete,
            partial,
            refusalOrBreakoff,
            nonContact + n,
            other,
            unknownEligibility,
            notEligible);
      case OTHER:
        return new Counts(
            complete,
            partial,
            refusalOrBreakoff,
            nonContact,
            other + n,
            unknownEligibility,
            notEligible);
      case UNKNOWN_ELIGIBILITY:
        return new Counts(
            complete,
            partial,
            refusalOrBreakoff,
            nonContact,
            other,
            unknownEligibility + n,
            notEligible);
      default:
        return new Counts(
            complete,
            partial,
            refusalOrBreakoff,
            nonContact,
            other,
            unknownEligibility,
            notEligible + n);
    }
  }

  /** The sum of two sets of counts. */
  public Counts plus(Counts o) {
    return new Counts(
        complete + o.complete,
        partial + o.partial,
        refusalOrBreakoff + o.refusalOrBreakoff,
        nonContact + o.nonContact,
        other + o.other,
        unknownEligibility + o.unknownEligibility,
        notEligible + o.notEligible);
  }

  /** The count of one disposition. */
  public long of(Disposition d) {
    switch (d) {
      case COMPLETE:
        return complete;
      case PARTIAL:
        return partial;
      case REFUSAL_OR_BREAKOFF:
        return refusalOrBreakoff;
      case NON_CONTACT:
        return nonContact;
      case OTHER:
        return other;
      case UNKNOWN_ELIGIBILITY:
        return unknownEligibility;
      default:
        return notEligible;
    }
  }

  /** Every invitation sent, whatever its disposition. */
  public long invited() {
    return complete
        + partial
        + refusalOrBreakoff
        + nonContact
        + other
        + unknownEligibility
        + notEligible;
  }

  /** Invitations whose questionnaire was opened: I + P + R. */
  public long started() {
    return complete + partial + refusalOrBreakoff;
  }
}
