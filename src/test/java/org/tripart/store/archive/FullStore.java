package org.tripart.store.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tripart.store.Institution;
import org.tripart.store.NewAuditEntry;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.StoreDatabase;
import org.tripart.store.StoredUser;
import org.tripart.store.Stores;
import org.tripart.store.StudyRole;
import org.tripart.store.TokenHashes;

/**
 * A store with rows in every table of the schema, through the Store API as the server writes them:
 * a study with two instrument versions, registers of three sectors (one with names in two
 * languages), two invitation batches, submitted and draft responses by invitation and by open link,
 * an admin token and a revoked user token, an enabled and a disabled user, memberships, sessions
 * and audit rows with text that needs escaping. {@link #INVITATIONS} more invitations of the
 * clinician group wait for answers.
 */
final class FullStore {
  static final String STUDY = "ai-collab";
  static final int INVITATIONS = 400;

  private FullStore() {}

  static String answers(int i) {
    return "{\"ai_use\":\"yes\",\"n\":"
        + i
        + ",\"note\":\"line\\nbreak \\\"quoted\\\" 医生 "
        + "x".repeat(i % 7)
        + "\"}";
  }

  static String waiting(int i) {
    return "w" + i;
  }

  /** Fills the store at {@code location}; returns it open, for more writes. */
  static Store fill(String location) {
    Store store = Stores.open(location);
    store.createStudy(STUDY, "{\"en\":\"AI collaboration\",\"zh\":\"人工智能合作\"}", 3);
    store.addInstrument(STUDY, "clinician", "clin", 1, "id: clin\nversion: 1\ntitle: 医生\n");
    store.addInstrument(STUDY, "clinician", "clin", 2, "id: clin\nversion: 2\n");
    store.addInstrument(STUDY, "researcher", "res", 1, "id: res\nversion: 1\n");
    store.importInstitutions(
        STUDY,
        List.of(
            new Institution("H1", "Hospital one", "11", "tertiary", "hospital"),
            new Institution("H2", "第二医院", "44", "secondary", "hospital"),
            new Institution(
                "R1",
                "Institute",
                "11",
                "national",
                "SYNTHETIC",
                "institution",
                Map.of("zh", "研究所", "en", "Institute")),
            new Institution("C1", "Company", "31", "large", "SYNTHETIC", "company", Map.of())));
    store.createInvitations(
        STUDY,
        "researcher",
        "r1",
        List.of(
            invitation("e", "H1", Instant.ofEpochMilli(1_900_000_000_000L)),
            invitation("f", null, null)));
    List<NewInvitation> clinicians = new ArrayList<>();
    clinicians.add(invitation("a", "H1", null));
    clinicians.add(invitation("b", "H2", null));
    for (int i = 0; i < INVITATIONS; i++) {
      clinicians.add(invitation(waiting(i), i % 2 == 0 ? "H1" : "H2", null));
    }
    store.createInvitations(STUDY, "clinician", "c1", clinicians);
    store.submit("a", answers(1), 2, "key-a");
    store.saveDraft(ResponseKey.invitation("b"), answers(2), 1);
    store.saveDraft(ResponseKey.invitation("e"), answers(3), 1);
    store.submit("f", answers(4), 1, null);
    store.submit(ResponseKey.openLink(STUDY, "researcher", "client-1"), answers(5), 1, "key-o");
    store.createApiToken("admin", "admin", TokenHashes.hash("admin-token"));
    StoredUser owner = store.createUser("Owner@Example.org", "Owner 主人", "$argon2id$owner");
    StoredUser viewer = store.createUser("viewer@example.org", "Viewer", "$argon2id$viewer");
    store.setMembership(owner.id(), STUDY, StudyRole.OWNER);
    store.setMembership(viewer.id(), STUDY, StudyRole.VIEWER);
    store.setUserDisabled(viewer.id(), true);
    store.createSession(TokenHashes.hash("session-1"), owner.id(), Instant.now().plusSeconds(60));
    store.createUserApiToken(owner.id(), "laptop", TokenHashes.hash("user-token-1"));
    long revoked =
        store.createUserApiToken(owner.id(), "old", TokenHashes.hash("user-token-2")).id();
    store.revokeUserApiToken(owner.id(), revoked);
    store.appendAudit(
        new NewAuditEntry(
            "owner@example.org",
            "sign-in",
            null,
            null,
            "{\"ok\":true}",
            "127.0.0.1",
            "Mozilla/5.0 \"quoted\""));
    store.appendAudit(
        new NewAuditEntry(
            "owner@example.org", "export", STUDY, "clinician", "{\"rows\":2}", null, null));
    return store;
  }

  static NewInvitation invitation(String id, String institution, Instant expires) {
    return new NewInvitation(id, institution, TokenHashes.hash("token-" + id), expires);
  }

  /** A fresh location of the vendor under {@code folder}. */
  static String location(String vendor, java.nio.file.Path folder, String name) {
    return vendor.equals("postgresql")
        ? org.tripart.store.SharedPostgres.newDatabaseUrl()
        : folder.resolve(name + ".sqlite").toString();
  }

  static boolean isPostgres(String location) {
    return StoreDatabase.at(location).isPostgres();
  }
}
