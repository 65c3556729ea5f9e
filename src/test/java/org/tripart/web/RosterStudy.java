package org.tripart.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tripart.fieldwork.Tokens;
import org.tripart.store.ResponseKey;
import org.tripart.store.StoredResponse;

/**
 * A server with a study whose registers are a handful of SYNTHETIC hospitals, research institutions
 * and companies, imported as CSV through the researcher API, and whose {@code partners} group
 * answers the partners test instrument with its roster asking for hospitals and companies (up to
 * 3). For the roster page's HTTP and browser tests.
 */
final class RosterStudy implements AutoCloseable {
  static final String STUDY = "roster_page";
  static final String GROUP = "partners";

  /** Guangdong (44), Beijing (11), Liaoning (21); I1 is an institution, which the roster omits. */
  static final String REGISTER =
      "id,sector,name,name_zh,province_code,tier,type\n"
          + "H1,hospital,Guangzhou First Hospital (SYNTHETIC),广州第一医院（合成）,44,tertiary,hospital\n"
          + "H2,hospital,Shenzhen Eye Hospital (SYNTHETIC),深圳眼科医院（合成）,44,secondary,hospital\n"
          + "H3,hospital,Peking Union Hospital (SYNTHETIC),北京协和医院（合成）,11,tertiary,hospital\n"
          + "I1,institution,Shenzhen Institute of AI (SYNTHETIC),深圳人工智能研究院（合成）,44,other,"
          + "institute\n"
          + "C1,company,Shenzhen Vision AI Ltd (SYNTHETIC),深圳视觉智能有限公司（合成）,44,other,"
          + "ai software company\n"
          + "C2,company,Beijing Deep Imaging Co (SYNTHETIC),北京深度影像公司（合成）,11,other,"
          + "imaging device maker\n"
          + "C3,company,Shenyang Scan Co (SYNTHETIC),,21,other,imaging device maker\n";

  final TripartServer server;
  final Http http;

  RosterStudy(Path dir) {
    server = TripartServer.start(Fixture.unlimited(dir));
    http = new Http(server);
    server.store().createStudy(STUDY, "{\"en\":\"Roster page (SYNTHETIC)\",\"zh\":\"合作伙伴（合成）\"}");
    HttpResponse<String> imported =
        http.send(
            http.admin("/api/studies/" + STUDY + "/institutions")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(REGISTER)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    server.store().addInstrument(STUDY, GROUP, "partners", 1, yaml());
  }

  /** The partners test instrument, its roster asking for hospitals and companies, up to 3. */
  static String yaml() {
    try (InputStream in =
        RosterStudy.class
            .getClassLoader()
            .getResourceAsStream("org/tripart/instrument/partners.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("group: industry", "group: " + GROUP)
          .replace("sectors: [hospital, institution]", "sectors: [hospital, company]")
          .replace("max: 10", "max: 3");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new invitation's token. */
  String invite() {
    HttpResponse<String> r =
        http.send(
            http.admin("/api/studies/" + STUDY + "/invitations")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"group\":\"" + GROUP + "\",\"count\":1}")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode invitation = Http.json(r).get("invitations").get(0);
    return invitation.get("token").asText();
  }

  /** The stored response of the invitation with this token, if any. */
  java.util.Optional<StoredResponse> response(String token) {
    String id = server.store().invitationByTokenHash(Tokens.hash(token)).orElseThrow().id();
    return server.store().response(ResponseKey.invitation(id));
  }

  @Override
  public void close() {
    server.close();
  }
}
