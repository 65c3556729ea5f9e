package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.ResponseKey;
import org.tripart.study.Study;
import org.tripart.study.StudyGroup;

/** A demo start loads the bundled study's SYNTHETIC responses once and keeps its admin token. */
class DemoServerTest {
  @TempDir Path dir;

  private ServerConfig config() {
    return ServerConfig.defaults()
        .withPort(0)
        .withDb(dir.resolve("demo.sqlite").toString())
        .withDataDir(dir.resolve("data"))
        .withDemo(true);
  }

  private static Map<String, Integer> completedByGroup(Http http) {
    JsonNode fieldwork = Http.json(http.send(http.admin("/api/studies/national_ai/fieldwork")));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode g : fieldwork.get("byGroup")) {
      out.put(g.get("key").asText(), g.get("completed").asInt());
    }
    return out;
  }

  @Test
  void aDemoStartLoadsEveryGroupOnceAndKeepsTheAdminToken() throws Exception {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (StudyGroup g : Study.nationalAi().groups()) {
      expected.put(g.id(), g.respondents());
    }
    assertThat(expected.values()).containsExactlyInAnyOrder(5142, 120, 86);

    String token;
    Path tokenFile;
    int institutions;
    try (TripartServer first = TripartServer.start(config())) {
      Http http = new Http(first);
      assertThat(first.adminTokenCreated()).isTrue();
      tokenFile = first.adminTokenFile();
      token = Files.readString(tokenFile);
      assertThat(first.demoLink()).isPresent();
      String link = first.demoLink().orElseThrow();
      assertThat(link).startsWith(first.baseUrl() + "/s/");
      HttpResponse<String> page = http.get(link.substring(first.baseUrl().length()));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<form");
      assertThat(completedByGroup(http)).isEqualTo(expected);
      institutions = first.store().institutions(Fixture.STUDY).size();
      assertThat(paperText(http, ""))
          .contains("Table 11. Collaboration network", "Hospital-company ties, n (%)")
          .contains("Respondents naming a partner", "SYNTHETIC");
      assertThat(paperText(http, "?lang=zh"))
          .contains("表 1. clinician", "表 11. 合作网络", "特征")
          .contains("n (%)：选择该选项的受访者人数")
          .doesNotContain("Characteristic");
      assertThat(Files.getPosixFilePermissions(tokenFile))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    try (TripartServer second = TripartServer.start(config())) {
      Http http = new Http(second);
      assertThat(second.adminTokenCreated()).isFalse();
      assertThat(Files.readString(second.adminTokenFile())).isEqualTo(token);
      assertThat(completedByGroup(http)).isEqualTo(expected);
      assertThat(Http.json(http.send(http.admin("/api/studies")))).hasSize(1);
      assertThat(second.store().instruments(Fixture.STUDY)).hasSize(expected.size());
      assertThat(second.store().institutions(Fixture.STUDY)).hasSize(institutions);
    }
  }

  @Test
  void theFieldworkPagesSayHowManyInvitationsAreSyntheticAndCollectedOnesAreNotCounted()
      throws Exception {
    // the study's synthetic invitations, plus the newcomer's demonstration link
    int invited = 1;
    for (StudyGroup g : Study.nationalAi().groups()) {
      invited += g.invited();
    }
    try (TripartServer server = TripartServer.start(config())) {
      Http http = new Http(server);
      JsonNode before = Http.json(http.send(http.admin("/api/studies/national_ai/fieldwork")));
      HttpResponse<String> batch =
          http.send(
              http.admin("/api/studies/national_ai/invitations")
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"group\":\"research\",\"count\":3}")));
      assertThat(batch.statusCode()).as(batch.body()).isEqualTo(201);
      JsonNode after = Http.json(http.send(http.admin("/api/studies/national_ai/fieldwork")));
      String page = http.send(http.admin("/fieldwork/national_ai")).body();
      String overview = http.send(http.admin("/dashboard/national_ai")).body();

      assertThat(before.get("syntheticInvitations").asLong()).isEqualTo(invited);
      assertThat(after.get("syntheticInvitations").asLong()).isEqualTo(invited);
      assertThat(after.get("total").get("invited").asLong())
          .isEqualTo(before.get("total").get("invited").asLong() + 3);
      assertThat(page)
          .contains(
              "SYNTHETIC demonstration data: "
                  + String.format(java.util.Locale.ROOT, "%,d", invited)
                  + " of these invitations and their"
                  + " responses were generated, not collected.");
      assertThat(overview)
          .contains(
              "SYNTHETIC demonstration data: "
                  + String.format(java.util.Locale.ROOT, "%,d", invited)
                  + " of these");
    }
  }

  @Test
  void aRestartedDemoPrintsTheSameRespondentLinkUntilItIsSubmitted() {
    String first;
    String second;
    String third;
    long invited;
    try (TripartServer server = TripartServer.start(config())) {
      first = server.demoLink().orElseThrow().replaceFirst(".*/s/", "");
      invited = server.store().invitationsWithIdPrefix(Fixture.STUDY, "SYNTHETIC-");
    }
    try (TripartServer server = TripartServer.start(config())) {
      second = server.demoLink().orElseThrow().replaceFirst(".*/s/", "");
      assertThat(server.store().invitationsWithIdPrefix(Fixture.STUDY, "SYNTHETIC-"))
          .isEqualTo(invited);
      String id = server.store().invitationByTokenHash(Tokens.hash(second)).orElseThrow().id();
      server.store().submit(ResponseKey.invitation(id), "{}", 1, null);
    }
    try (TripartServer server = TripartServer.start(config())) {
      third = server.demoLink().orElseThrow().replaceFirst(".*/s/", "");
      assertThat(server.store().invitationsWithIdPrefix(Fixture.STUDY, "SYNTHETIC-"))
          .isEqualTo(invited + 1);
    }

    assertThat(second).isEqualTo(first);
    assertThat(third).isNotEqualTo(first);
  }

  /** The text of the paper-style DOCX the owner downloads. */
  private static String paperText(Http http, String query) throws Exception {
    HttpResponse<byte[]> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.admin("/dashboard/" + Fixture.STUDY + "/paper.docx" + query).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("paper.docx has no word/document.xml");
  }
}
