package org.tripart.store;

import java.util.List;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * A membership change or a user's disabling would leave one or more studies without an enabled
 * owner; nothing of it was stored. Immutable.
 */
public final class LastOwnerException extends TripartException {
  private static final long serialVersionUID = 1L;

  private final List<String> studies;

  LastOwnerException(String where, List<String> studies) {
    super(ErrorCode.NO_OWNER_LEFT, where, problem(studies));
    this.studies = List.copyOf(studies);
  }

  /** The studies that would be left without an enabled owner, ordered by id. */
  public List<String> studies() {
    return studies;
  }

  /** The sentence that names the studies, without the code and the place. */
  public String problem() {
    return problem(studies);
  }

  private static String problem(List<String> studies) {
    String names = "'" + String.join("', '", studies) + "'";
    return (studies.size() == 1 ? "study " + names + " would" : "studies " + names + " would")
        + " have no owner left; make another member owner of "
        + (studies.size() == 1 ? "it" : "each")
        + " first";
  }
}
