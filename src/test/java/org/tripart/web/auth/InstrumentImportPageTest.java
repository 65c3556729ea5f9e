package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tripart.store.StoredInstrument;

/**
 * An owner imports a questionnaire file from the dashboard over real HTTP on SQLite: the preview
 * shows what would be stored and the import report and stores nothing; confirming stores the
 * group's next version through the audited path; a file that cannot be read is shown with its TRP
 * code and stores nothing; other roles and forged forms are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentImportPageTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">");
  private static final String BASE = "/dashboard/" + Client.STUDY + "/instruments";

  private Client client;
  private String owner;
  private String analyst;

  @BeforeAll
  void start() {
    client = new Client();
    client
        .server
        .store()
        .addInstrument(Client.STUDY, "tiny", "tiny", 1, ResearcherWorkspaceTest.YAML);
    String password = "correct horse battery";
    client.createUser("owner@example.org", password);
    client.createUser("analyst@example.org", password);
    client.addMember(client.adminToken, Client.STUDY, "owner@example.org", "OWNER");
    client.addMember(client.adminToken, Client.STUDY, "analyst@example.org", "ANALYST");
    owner = "cookie:" + client.signIn("owner@example.org", password);
    analyst = "cookie:" + client.signIn("analyst@example.org", password);
  }

  @AfterAll
  void stop() {
    client.close();
  }

  private List<StoredInstrument> tinyVersions() {
    return client.server.store().instruments(Client.STUDY).stream()
        .filter(i -> i.group().equals("tiny"))
        .toList();
  }

  private String csrf(String who) {
    HttpResponse<String> page = client.send(who, "GET", BASE, null, null);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> upload(
      String who, String csrf, String group, String format, String name, byte[] content) {
    String boundary = "----tripart" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] field : new String[][] {{"csrf", csrf}, {"group", group}, {"format", format}}) {
      part(body, boundary, "Content-Disposition: form-data; name=\"" + field[0] + "\"");
      body.writeBytes(field[1].getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    part(
        body,
        boundary,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: application/octet-stream");
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest.Builder b = client.request(BASE + "/preview");
    b.header("Cookie", "tripart_session=" + who.substring("cookie:".length()));
    b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
    b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return client.send(b);
  }

  private static void part(ByteArrayOutputStream body, String boundary, String headers) {
    body.writeBytes(
        ("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The confirm form of a preview page, URL-encoded as the browser sends it. */
  private static String confirmForm(String previewHtml) {
    int at = previewHtml.indexOf("id=\"import-confirm\"");
    assertThat(at).as(previewHtml).isPositive();
    Matcher m = HIDDEN.matcher(previewHtml.substring(at));
    List<String> pairs = new ArrayList<>();
    while (m.find()) {
      String value = StringEscapeUtils.unescapeHtml4(m.group(2));
      pairs.add(m.group(1) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  /** Version 2 of the tiny instrument with one more item; the file says version 1 on purpose. */
  private static byte[] tinyWithTraining() {
    return (ResearcherWorkspaceTest.YAML
            + "      - id: training\n"
            + "        type: yesno\n"
            + "        label: {en: Had AI training}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void previewShowsTheNextVersionAndStoresNothingThenConfirmStoresItAudited() {
    int before = tinyVersions().size();
    HttpResponse<String> preview =
        upload(owner, csrf(owner), "tiny", "yaml", "tiny.yaml", tinyWithTraining());
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    int latest = tinyVersions().stream().mapToInt(StoredInstrument::version).max().orElseThrow();
    assertThat(preview.body())
        .contains("tiny / tiny v" + (latest + 1))
        .contains("(v" + latest + " → v" + (latest + 1) + ")")
        .contains("Everything in the file was carried over unchanged.");
    assertThat(preview.body()).contains("<td>yesno</td><td>2</td>");
    assertThat(tinyVersions()).hasSize(before);

    HttpResponse<String> stored =
        client.send(
            owner,
            "POST",
            BASE + "/confirm",
            "application/x-www-form-urlencoded",
            confirmForm(preview.body()));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(303);
    assertThat(tinyVersions()).hasSize(before + 1);
    StoredInstrument added =
        tinyVersions().stream().filter(i -> i.version() == latest + 1).findFirst().orElseThrow();
    assertThat(added.yamlSource()).contains("id: training").contains("version: " + (latest + 1));
    String audit =
        client.send(owner, "GET", "/api/studies/" + Client.STUDY + "/audit", null, null).body();
    assertThat(audit).contains("\"importedFrom\":\"yaml\"").contains("\"file\":\"tiny.yaml\"");
  }

  /**
   * REDCapR's longitudinal dictionary: 95 fields, of which the file field is not carried over and 7
   * section headers become notes, so 101 items (the REDCap tests count them by type); the report
   * lists what changed, among them the file field.
   */
  @Test
  void aRedcapDictionaryBecomesANewGroupsFirstVersionWithItsReport() throws Exception {
    HttpResponse<String> preview =
        upload(
            owner,
            csrf(owner),
            "followup",
            "redcap",
            "dictionary.csv",
            org.tripart.interop.SharedInterop.bytes(
                "redcap", "redcapr__longitudinal__dictionary.csv"));
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body())
        .contains("followup / followup v1")
        .contains("<th>101</th>")
        .contains("field patient_document: file field not carried over");
    assertThat(client.server.store().instruments(Client.STUDY))
        .noneMatch(i -> i.group().equals("followup"));
    HttpResponse<String> stored =
        client.send(
            owner,
            "POST",
            BASE + "/confirm",
            "application/x-www-form-urlencoded",
            confirmForm(preview.body()));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(303);
    assertThat(client.server.store().instruments(Client.STUDY))
        .anyMatch(i -> i.group().equals("followup") && i.version() == 1);
  }

  @Test
  void aFileThatCannotBeReadIsShownWithItsCodeAndNothingIsStored() {
    int before = tinyVersions().size();
    HttpResponse<String> r =
        upload(
            owner,
            csrf(owner),
            "tiny",
            "yaml",
            "broken.yaml",
            "instrument: [unclosed\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("Nothing was stored: ").contains("TRP-0001");
    assertThat(tinyVersions()).hasSize(before);
  }

  @Test
  void aFormWithoutTheOwnersCsrfTokenIsRefused() {
    int before = tinyVersions().size();
    HttpResponse<String> r =
        upload(owner, "forged", "tiny", "yaml", "tiny.yaml", tinyWithTraining());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(tinyVersions()).hasSize(before);
  }

  @Test
  void analystsCannotImport() {
    assertThat(client.send(analyst, "GET", BASE, null, null).statusCode()).isEqualTo(403);
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() {
    HttpResponse<String> r = client.send(null, "GET", BASE, null, null);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
  }
}
