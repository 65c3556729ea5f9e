package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.capture.Mode;
import org.tripart.capture.PartnerDirectory;
import org.tripart.capture.ValidationResult;
import org.tripart.capture.Validator;
import org.tripart.instrument.Instrument;
import org.tripart.instrument.InstrumentReader;
import org.tripart.instrument.Sector;
import org.tripart.store.Institution;
import org.tripart.store.ResponseKey;

/**
 * A partner roster over real HTTP on loopback with SQLite: a submission naming a bad partner is
 * refused with 422 naming the item and the position and stores nothing; a good one is stored and
 * read back with its partners exactly as sent. The roster's registers are the bundled study's
 * (SYNTHETIC) institutions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterSubmissionTest {
  private static final String STUDY = Fixture.STUDY;
  private static final String GROUP = "network";
  private static final String YAML =
      resource("org/tripart/instrument/partners.yaml").replace("group: industry", "group: network");

  private TripartServer server;
  private Http http;
  private List<String> hospitals;

  @BeforeAll
  void start() throws IOException {
    Path dir = Files.createTempDirectory("tripart-roster");
    server = TripartServer.start(Fixture.unlimited(dir));
    http = new Http(server);
    server.store().addInstrument(STUDY, GROUP, "partners", 1, YAML);
    hospitals =
        server.store().institutions(STUDY).stream()
            .filter(i -> i.sector().equals("hospital"))
            .map(Institution::id)
            .limit(3)
            .toList();
    assertThat(hospitals).hasSize(3);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String resource(String name) {
    try (InputStream in = RosterSubmissionTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String invite() {
    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + STUDY + "/invitations")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"" + GROUP + "\",\"count\":1}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).get("invitations").get(0).get("token").asText();
  }

  private HttpResponse<String> submit(String token, String body) {
    return http.postJson("/api/respond/" + token + "/submit", body);
  }

  private String body(String own, String partners) {
    return "{\"company\":\"" + own + "\",\"collaborates\":\"yes\",\"partners\":" + partners + "}";
  }

  @Test
  void aBadPartnerIsRefusedNamingItemAndPositionAndNothingIsStored() {
    String token = invite();
    String own = hospitals.get(0);
    String partner = hospitals.get(1);
    String partners =
        "[{\"id\":\""
            + partner
            + "\",\"since\":2019},{\"id\":\"NO-SUCH-ORG\"},{\"id\":\""
            + own
            + "\"},{\"id\":\""
            + partner
            + "\"},{\"kind\":[\"deployment\"]}]";

    HttpResponse<String> r = submit(token, body(own, partners));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode p = Http.json(r);
    assertThat(p.get("code").asText()).isEqualTo("TRP-0808");
    List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
    p.get("errors")
        .forEach(
            e ->
                errors.add(
                    tuple(
                        e.get("pointer").asText(),
                        e.get("code").asText(),
                        e.get("message").asText().substring(0, 12))));
    assertThat(errors)
        .containsExactly(
            tuple("partners", "UNKNOWN_PARTNER", "partners[2]:"),
            tuple("partners", "OWN_ORGANISATION", "partners[3]:"),
            tuple("partners", "DUPLICATE_PARTNER", "partners[4]:"),
            tuple("partners", "TIE_WITHOUT_PARTNER", "partners[5]:"));
    assertThat(server.store().response(responseKey(token))).isEmpty();
  }

  @Test
  void aGoodSubmissionIsStoredAndReadBackWithItsPartners() throws IOException {
    String token = invite();
    String partners =
        "[{\"id\":\""
            + hospitals.get(1)
            + "\",\"kind\":[\"data_sharing\",\"joint_project\"],\"since\":2019},"
            + "{\"other\":\"Acme AI Ltd (SYNTHETIC)\",\"kind\":[\"deployment\"],\"formal\":\"no\"},"
            + "{\"id\":\""
            + hospitals.get(2)
            + "\"}]";
    String body = body(hospitals.get(0), partners);

    HttpResponse<String> r = submit(token, body);
    JsonNode state = Http.json(http.get("/api/respond/" + token));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(state.get("answers")).isEqualTo(Answers.JSON.readTree(body));
    assertThat(server.store().response(responseKey(token)).orElseThrow().answersJson())
        .isEqualTo(body);
  }

  @Test
  void aPartnerIsTakenFromEveryRegisterTheRosterOffersAndNoOther() {
    List<Institution> registers = server.store().institutions(STUDY);
    String institution = firstOf(registers, "institution");
    String company = firstOf(registers, "company");

    HttpResponse<String> ok =
        submit(invite(), body(hospitals.get(0), "[{\"id\":\"" + institution + "\"}]"));
    HttpResponse<String> refused =
        submit(invite(), body(hospitals.get(0), "[{\"id\":\"" + company + "\"}]"));

    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(Http.json(refused).get("errors").get(0).get("message").asText())
        .startsWith("partners[1]:");
  }

  private static String firstOf(List<Institution> registers, String sector) {
    return registers.stream()
        .filter(i -> i.sector().equals(sector))
        .map(Institution::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void storedJsonOfARosterReadsBackToTheSameJson() {
    // The stored form is canonical (choices sorted, whole numbers without a point, ties in the
    // roster's order), so validating what was stored and writing it again changes nothing.
    Instrument partners = InstrumentReader.read(new java.io.StringReader(YAML), "p.yaml");
    String json =
        "{\"company\":\"C1\",\"collaborates\":\"yes\",\"partners\":[{\"id\":\"H1\",\"kind\":"
            + "[\"data_sharing\",\"deployment\"],\"since\":2019,\"satisfied\":\"3\",\"formal\":"
            + "\"yes\",\"started\":\"2019-03-01\",\"note\":\" as typed \"},{\"other\":\"Acme AI"
            + " Ltd\",\"kind\":[\"joint_project\"]}],\"share\":12.5}";
    PartnerDirectory registers = PartnerDirectory.of(Map.of("H1", Sector.HOSPITAL));

    ValidationResult v = Validator.validate(partners, Answers.parse(json), Mode.FINAL, registers);

    assertThat(v.violations()).isEmpty();
    assertThat(Answers.toJson(v.answers())).isEqualTo(json);
  }

  private ResponseKey responseKey(String token) {
    return ResponseKey.invitation(
        server
            .store()
            .invitationByTokenHash(org.tripart.fieldwork.Tokens.hash(token))
            .orElseThrow()
            .id());
  }
}
