package org.tripart.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tripart.store.NewInvitation;
import org.tripart.store.ResponseKey;
import org.tripart.store.Store;
import org.tripart.store.Stores;
import org.tripart.store.TokenHashes;

/**
 * A store holding mini.csv's ten rows as the server stores them: study {@code mini_study}, group
 * {@code staff}, instrument mini.yaml (AnalyzeCommandTest works mini.csv by hand).
 */
final class MiniStore {
  static final Path INSTRUMENT = Path.of("src/test/resources/org/tripart/cli/mini.yaml");
  static final String RESPONSES = "src/test/resources/org/tripart/cli/mini.csv";
  private static final List<String> ANSWERS =
      List.of(
          "{\"tier\":\"secondary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\"],\"years\":5}",
          "{\"tier\":\"secondary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\",\"mri\"],\"years\":10}",
          "{\"tier\":\"secondary\",\"uses_ai\":\"no\",\"years\":3}",
          "{\"tier\":\"secondary\"}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"mri\"],\"years\":20}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"ct\",\"mri\"],\"years\":7}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"tools\":[\"none\"],\"years\":12}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\"}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"yes\",\"years\":15}",
          "{\"tier\":\"tertiary\",\"uses_ai\":\"no\",\"years\":1}");

  private MiniStore() {}

  /** Creates the study in the store at {@code location} and submits the ten answers. */
  static void fill(String location) throws IOException {
    try (Store store = Stores.open(location)) {
      store.createStudy("mini_study", "{\"en\":\"Mini\"}");
      store.addInstrument("mini_study", "staff", "mini", 1, Files.readString(INSTRUMENT));
      List<NewInvitation> invitations = new ArrayList<>();
      for (int i = 0; i < ANSWERS.size(); i++) {
        invitations.add(
            new NewInvitation("r" + i, null, TokenHashes.hash(TokenHashes.newToken()), null));
      }
      store.createInvitations("mini_study", "staff", "w1", invitations);
      for (int i = 0; i < ANSWERS.size(); i++) {
        store.submit(ResponseKey.invitation("r" + i), ANSWERS.get(i), 1, null);
      }
    }
  }
}
