package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.Ties;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.StoredResponse;
import org.tripart.store.Stores;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.study.StudyGroup;
import org.tripart.synth.Invitation;
import org.tripart.synth.SynthesisResult;

/** The demo's SYNTHETIC responses are stored with the partners of the synthetic network. */
class StudyLoaderNetworkTest {
  @Test
  void storedDemoResponsesReadBackWithTheSynthesisedTiesAndRosterCounts(@TempDir Path dir) {
    Study study = Study.nationalAi();
    StudyData data = StudyData.synthesize(study);
    try (Store store = Stores.open(dir.resolve("s.sqlite").toString())) {
      StudyLoader.loadStudy(store, study, data);
      StudyLoader.loadDemoResponses(store, study, data);

      for (StudyGroup g : study.groups()) {
        SynthesisResult synthesised = data.group(g.id());
        Map<String, String> invitationOf = new HashMap<>();
        for (Invitation i : synthesised.invitations()) {
          if (i.respondentId() != null) {
            invitationOf.put(i.respondentId(), StudyLoader.invitationId(g.id(), i));
          }
        }
        Ties stored;
        try (Stream<StoredResponse> s = store.finalResponses(study.id(), g.id())) {
          stored = StoredDatasets.ties(g.instrument(), s);
        }
        Dataset responses;
        try (Stream<StoredResponse> s = store.finalResponses(study.id(), g.id())) {
          responses = StoredDatasets.build(g.instrument(), s);
        }

        Ties expected = synthesised.ties();
        assertThat(stored.size()).as(g.id()).isEqualTo(expected.size()).isPositive();
        assertThat(stored.respondents()).hasSameSizeAs(expected.respondents());
        for (String respondent : expected.respondents()) {
          assertThat(stored.partnersOf(invitationOf.get(respondent)))
              .as("%s %s", g.id(), respondent)
              .isEqualTo(expected.partnersOf(respondent));
        }
        String roster =
            g.instrument().items().stream()
                .filter(i -> i.roster() != null)
                .findFirst()
                .orElseThrow()
                .id();
        NumericColumn count = (NumericColumn) responses.column(roster);
        for (int r = 0; r < responses.size(); r++) {
          String id = responses.respondentIds().get(r);
          int named = stored.partnersOf(id).getOrDefault(roster, java.util.List.of()).size();
          if (named > 0) {
            assertThat(count.value(r)).as("%s %s", g.id(), id).isEqualTo(named);
          }
        }
      }
    }
  }
}
