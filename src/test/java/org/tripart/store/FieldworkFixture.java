package org.tripart.store;

import static org.tripart.store.StoreContractTest.STUDY;
import static org.tripart.store.StoreContractTest.answers;
import static org.tripart.store.StoreContractTest.invitation;

import java.util.List;

/**
 * A small fieldwork state whose counts are worked out by hand:
 *
 * <pre>
 * institutions  H1 province 11 tertiary, H2 province 11 secondary, H3 province 44 tertiary
 * clinician     a(H1) submitted, b(H1) draft, c(H2) nothing, d(H3) submitted
 * researcher    e(H3) draft, f(no institution) submitted
 * </pre>
 *
 * By group: clinician invited 4, started 3 (a b d), completed 2 (a d); researcher 2, 2, 1. By
 * province: 11 has a b c: 3, 2, 1; 44 has d e: 2, 2, 1; none has f: 1, 1, 1. By tier: secondary has
 * c: 1, 0, 0; tertiary has a b d e: 4, 4, 2; none has f: 1, 1, 1.
 */
final class FieldworkFixture {
  private FieldworkFixture() {}

  static Store build(Store store) {
    store.importInstitutions(
        STUDY,
        List.of(
            new Institution("H1", "Hospital one", "11", "tertiary", "hospital"),
            new Institution("H2", "Hospital two", "11", "secondary", "hospital"),
            new Institution("H3", "Hospital three", "44", "tertiary", "hospital")));
    store.createInvitations(
        STUDY,
        "clinician",
        "c1",
        List.of(
            invitation("a", "H1"),
            invitation("b", "H1"),
            invitation("c", "H2"),
            invitation("d", "H3")));
    store.createInvitations(
        STUDY, "researcher", "r1", List.of(invitation("e", "H3"), invitation("f", null)));
    store.submit("a", answers("a"), 1, null);
    store.saveDraft(ResponseKey.invitation("b"), answers("b"), 1);
    store.submit("d", answers("d"), 1, null);
    store.saveDraft(ResponseKey.invitation("e"), answers("e"), 1);
    store.submit("f", answers("f"), 1, null);
    return store;
  }
}
