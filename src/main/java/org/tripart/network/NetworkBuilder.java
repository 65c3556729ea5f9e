package org.tripart.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tripart.ErrorCode;
import org.tripart.TripartException;

/**
 * Collects organisations, nominations and free-text partner mentions and builds an immutable {@link
 * Network}. Checks everything in {@link #build()}: an organisation id given twice (TRP-1102), a
 * nomination or free-text mention whose own organisation or partner is not an organisation given
 * (TRP-1100), a nomination of one's own organisation (TRP-1101). Not thread-safe; nulls are
 * refused.
 */
public final class NetworkBuilder {
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Nomination> nominations = new ArrayList<>();
  private final List<UnmatchedPartner> unmatched = new ArrayList<>();

  /** Builds a network from all three inputs at once; see {@link #build()}. */
  public static Network build(
      Collection<Organisation> organisations,
      Collection<Nomination> nominations,
      Collection<UnmatchedPartner> unmatched) {
    return new NetworkBuilder()
        .organisations(organisations)
        .nominations(nominations)
        .unmatched(unmatched)
        .build();
  }

  public NetworkBuilder organisation(Organisation organisation) {
    organisations.add(java.util.Objects.requireNonNull(organisation, "organisation"));
    return this;
  }

  public NetworkBuilder organisations(Collection<Organisation> all) {
    all.forEach(this::organisation);
    return this;
  }

  public NetworkBuilder nomination(Nomination nomination) {
    nominations.add(java.util.Objects.requireNonNull(nomination, "nomination"));
    return this;
  }

  public NetworkBuilder nominations(Collection<Nomination> all) {
    all.forEach(this::nomination);
    return this;
  }

  public NetworkBuilder unmatched(UnmatchedPartner partner) {
    unmatched.add(java.util.Objects.requireNonNull(partner, "partner"));
    return this;
  }

  public NetworkBuilder unmatched(Collection<UnmatchedPartner> all) {
    all.forEach(this::unmatched);
    return this;
  }

  /**
   * The network of the organisations in the order given, every nomination and the free-text
   * mentions.
   *
   * @throws TripartException TRP-1100, TRP-1101 or TRP-1102 (see the class comment), naming the
   *     respondent and the ids
   */
  public Network build() {
    Map<String, Organisation> byId = new HashMap<>();
    for (Organisation o : organisations) {
      if (byId.putIfAbsent(o.id(), o) != null) {
        throw new TripartException(
            ErrorCode.NETWORK_DUPLICATE_ORGANISATION,
            "organisation " + o.id(),
            "the id is given twice; each organisation must appear once in one network");
      }
    }
    for (Nomination n : nominations) {
      requireKnown(byId, n.ego(), n.respondentId(), "own organisation");
      requireKnown(byId, n.alter(), n.respondentId(), "partner");
      if (n.ego().equals(n.alter())) {
        throw new TripartException(
            ErrorCode.NETWORK_SELF_NOMINATION,
            "respondent " + n.respondentId(),
            "names its own organisation " + n.ego() + " as a partner");
      }
    }
    for (UnmatchedPartner u : unmatched) {
      requireKnown(byId, u.ego(), u.respondentId(), "own organisation");
    }
    return Network.assemble(organisations, nominations, unmatched);
  }

  private static void requireKnown(
      Map<String, Organisation> byId, String id, String respondent, String role) {
    if (!byId.containsKey(id)) {
      throw new TripartException(
          ErrorCode.NETWORK_UNKNOWN_ORGANISATION,
          "respondent " + respondent,
          "the " + role + " '" + id + "' is not an organisation of the registers");
    }
  }
}
