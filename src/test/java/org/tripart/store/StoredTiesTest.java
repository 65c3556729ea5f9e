package org.tripart.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tripart.dataset.Dataset;
import org.tripart.dataset.NumericColumn;
import org.tripart.dataset.Ties;
import org.tripart.instrument.Answer;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Partner;

/** Stored roster answers: their number in the responses, the partners themselves as ties. */
class StoredTiesTest {
  private static final Instrument PARTNERS =
      InstrumentReader.readResource("org/tripart/instrument/partners.yaml");

  private static StoredResponse response(long id, String invitation, String json) {
    Instant at = Instant.parse("2026-05-01T08:00:00Z");
    return new StoredResponse(id, invitation, null, "s", "industry", json, 1, at, at, 1);
  }

  private static List<StoredResponse> stored() {
    return List.of(
        response(
            1,
            "inv-1",
            """
            {"company":"C1","collaborates":"yes","partners":[
              {"id":"H0001","kind":["deployment","data_sharing"],"since":2019,"satisfied":"3"},
              {"other":"Acme AI","note":"met at RSNA"}]}"""),
        response(2, "inv-2", "{\"company\":\"C2\",\"collaborates\":\"no\"}"),
        response(
            3,
            null,
            """
            {"company":"C3","collaborates":"yes","partners":[
              {"id":"I0001","kind":["renamed_code"],"retired_tie":"x","since":2021}]}"""));
  }

  @Test
  void theRosterColumnHoldsTheNumberOfPartnersNamed() {
    Dataset data = StoredDatasets.build(PARTNERS, stored().stream());
    NumericColumn partners = (NumericColumn) data.column("partners");

    assertThat(partners.value(0)).isEqualTo(2);
    assertThat(partners.value(1)).isNaN();
    assertThat(partners.value(2)).isEqualTo(1);
  }

  @Test
  void storedPartnersAreTiesInRosterOrderDroppingAnswersTheInstrumentNoLongerHas() {
    Ties ties = StoredDatasets.ties(PARTNERS, stored().stream());

    assertThat(ties.rows())
        .containsExactly(
            new Ties.Row(
                "inv-1",
                "partners",
                1,
                new Partner(
                    "H0001",
                    null,
                    Map.of(
                        "kind", new Answer.Choices(Set.of("data_sharing", "deployment")),
                        "since", new Answer.Number(2019),
                        "satisfied", new Answer.Choice("3")))),
            new Ties.Row(
                "inv-1",
                "partners",
                2,
                new Partner(null, "Acme AI", Map.of("note", new Answer.Text("met at RSNA")))),
            new Ties.Row(
                "open-3",
                "partners",
                1,
                new Partner(
                    "I0001",
                    null,
                    Map.of(
                        "kind", new Answer.Choices(Set.of()), "since", new Answer.Number(2021)))));
    assertThat(ties.respondents()).containsExactly("inv-1", "open-3");
  }
}
