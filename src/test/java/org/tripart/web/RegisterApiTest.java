package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.AuditEntry;
import org.tripart.store.Institution;
import org.tripart.store.NewInvitation;
import org.tripart.store.TokenHashes;

/**
 * Registers of hospitals, research institutions and companies over the researcher API, on a study
 * of their own: a register of companies, added or replacing, never touches the hospitals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterApiTest {
  private static final String HOSPITALS =
      "id,name,province_code,tier,type\n"
          + "H1,Xiehe,11,tertiary,hospital\n"
          + "H2,Ruijin,31,tertiary,hospital\n";
  private static final String COMPANIES =
      "id,sector,name,name_zh,province_code,tier,type\n"
          + "C1,company,Acme AI,阿克米智能,44,other,ai software company\n"
          + "C2,company,Beta Imaging,,31,other,imaging device maker\n";

  private static final String STUDY = "register_test";
  private static final String INVITED = "register_invited";

  private TripartServer server;
  private Http http;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("tripart-registers");
    server = TripartServer.start(Fixture.unlimited(dir));
    http = new Http(server);
    server.store().createStudy(STUDY, "{\"en\":\"Registers\"}");
    server.store().createStudy(INVITED, "{\"en\":\"Registers with invitations\"}");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String study, String query, String csv) {
    return http.send(
        http.admin("/api/studies/" + study + "/institutions" + query)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private List<String> ids(String study) {
    return server.store().institutions(study).stream().map(Institution::id).toList();
  }

  @Test
  void companiesAddedThenReplacedLeaveTheHospitalsAndEachImportIsAudited() {
    assertThat(post(STUDY, "", HOSPITALS).statusCode()).isEqualTo(201);
    HttpResponse<String> added = post(STUDY, "?mode=add", COMPANIES);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(Http.json(added).get("imported").asInt()).isEqualTo(2);

    HttpResponse<String> listed =
        http.send(http.admin("/api/studies/" + STUDY + "/institutions").GET());
    JsonNode c1 = Http.json(listed).get(0);
    assertThat(c1.get("id").asText()).isEqualTo("C1");
    assertThat(c1.get("sector").asText()).isEqualTo("company");
    assertThat(c1.get("names").get("zh").asText()).isEqualTo("阿克米智能");
    assertThat(Http.json(listed).get(2).get("sector").asText()).isEqualTo("hospital");
    assertThat(Http.json(listed).get(2).get("names").size()).isZero();

    String corrected =
        "id,sector,name,province_code,tier,type\n"
            + "C1,company,Acme Medical AI,44,other,ai software company\n"
            + "C3,company,Gamma,33,other,internet technology company\n";
    HttpResponse<String> replaced = post(STUDY, "?mode=replace", corrected);

    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    JsonNode r = Http.json(replaced);
    assertThat(r.get("sectors").toString()).isEqualTo("[\"company\"]");
    assertThat(List.of(r.get("added").asInt(), r.get("updated").asInt(), r.get("removed").asInt()))
        .containsExactly(1, 1, 1);
    assertThat(ids(STUDY)).containsExactly("C1", "C3", "H1", "H2");
    assertThat(server.store().institutions(STUDY).get(0).names()).isEmpty();
    assertThat(server.store().audit(STUDY))
        .extracting(AuditEntry::action)
        .containsExactly("institutions.import", "institutions.import", "institutions.import");
    assertThat(server.store().audit(STUDY).get(2).detailJson())
        .contains("\"mode\":\"replace\"")
        .contains("\"removed\":1");
  }

  @Test
  void aReplacementThatWouldDropAnInvitedHospitalOrABadModeChangesNothing() {
    server
        .store()
        .importInstitutions(
            INVITED, List.of(new Institution("HX", "Invited", "11", "tertiary", "hospital")));
    server
        .store()
        .createInvitations(
            INVITED,
            "clinician",
            "wave-x",
            List.of(new NewInvitation("inv-x", "HX", TokenHashes.hash("tx"), null)));
    List<String> before = ids(INVITED);
    int audited = server.store().audit(INVITED).size();

    HttpResponse<String> r =
        post(INVITED, "?mode=replace", "id,name,province_code,tier,type\nH9,N,11,primary,\n");
    HttpResponse<String> bad = post(INVITED, "?mode=wipe", COMPANIES);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
    assertThat(Http.json(r).get("code").asText()).isEqualTo("TRP-1120");
    assertThat(Http.json(r).get("detail").asText()).contains("HX");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ids(INVITED)).isEqualTo(before);
    assertThat(server.store().audit(INVITED)).hasSize(audited);
  }
}
