package org.tripart.web.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.tripart.CsvCells;
import org.tripart.store.AuditEntry;
import org.tripart.store.Store;

/**
 * The audit log of a study for its owners: {@code GET /api/studies/{study}/audit} (JSON) and {@code
 * .../audit.csv} (an export, itself audited before it is sent: refused with 503 when its row cannot
 * be written). A study's log holds the rows of the study and the sign-ins, sign-outs and token
 * changes of its members. Thread-safe.
 */
public final class AuditApi {
  private static final String[] COLUMNS = {
    "id", "at", "actor", "action", "study", "target", "detail", "ip", "user_agent"
  };

  private final Store store;
  private final Access access;
  private final Audit audit;

  public AuditApi(Store store, Access access, Audit audit) {
    this.store = store;
    this.access = access;
    this.audit = audit;
  }

  public void register(RoutesConfig r) {
    r.get("/api/studies/{study}/audit", this::json);
    r.get("/api/studies/{study}/audit.csv", this::csv);
  }

  private List<AuditEntry> rows(Context ctx, String study) {
    access.require(ctx, study, Permission.READ_AUDIT);
    if (store.study(study).isEmpty()) {
      throw Problems.noStudy(study);
    }
    return store.audit(study);
  }

  private void json(Context ctx) {
    String study = ctx.pathParam("study");
    ArrayNode out = JsonBodies.JSON.createArrayNode();
    for (AuditEntry e : rows(ctx, study)) {
      ObjectNode o = out.addObject();
      o.put("id", e.id()).put("at", e.at().toString()).put("actor", e.actor());
      o.put("action", e.action()).put("study", e.study()).put("target", e.target());
      try {
        o.set("detail", JsonBodies.JSON.readTree(e.detailJson()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new IllegalStateException("the audit log holds a detail that does not parse", ex);
      }
      o.put("ip", e.ip()).put("userAgent", e.userAgent());
    }
    JsonBodies.send(ctx, 200, out);
  }

  private void csv(Context ctx) {
    String study = ctx.pathParam("study");
    Principal who = access.require(ctx, study, Permission.READ_AUDIT);
    List<AuditEntry> rows = rows(ctx, study);
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (AuditEntry e : rows) {
      String[] values = {
        Long.toString(e.id()),
        e.at().toString(),
        e.actor(),
        e.action(),
        e.study(),
        e.target(),
        e.detailJson(),
        e.ip(),
        e.userAgent()
      };
      for (int i = 0; i < values.length; i++) {
        b.append(i == 0 ? "" : ",").append(field(values[i]));
      }
      b.append("\r\n");
    }
    audit.recordExport(
        ctx,
        who,
        "export.audit",
        study,
        null,
        JsonBodies.JSON.createObjectNode().put("rows", rows.size()));
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"audit-" + study + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(b.toString());
  }

  /** A CSV field, quoted when needed, with a leading formula character neutralised. */
  static String field(String value) {
    return CsvCells.field(value);
  }
}
