package org.tripart.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders audit findings for people (plain text) and for programs (CSV). Stateless and thread-safe;
 * returns strings and writes nothing.
 */
public final class AuditReport {
  static final int WIDTH = 100;
  private static final String INDENT = "      ";

  private AuditReport() {}

  /**
   * A plain-text report: a summary line, then one section per finding kind that occurred (in {@link
   * FindingKind} order), each finding as "group / item" with its detail indented below. Lines end
   * with LF.
   */
  public static String text(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    StringBuilder out = new StringBuilder();
    if (findings.isEmpty()) {
      return "Consistency audit: no findings.\n";
    }
    out.append("Consistency audit: ")
        .append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings")
        .append('\n');
    for (FindingKind kind : FindingKind.values()) {
      List<Finding> ofKind = new ArrayList<>();
      for (Finding finding : findings) {
        if (finding.kind() == kind) {
          ofKind.add(finding);
        }
      }
      if (ofKind.isEmpty()) {
        continue;
      }
      out.append('\n')
          .append(kind.title())
          .append(" (")
          .append(kind.csvName())
          .append(", ")
          .append(ofKind.size())
          .append(")\n");
      for (Finding finding : ofKind) {
        out.append("  ").append(finding.group()).append(" / ").append(finding.item()).append('\n');
        wrap(finding.detail(), out);
      }
    }
    return out.toString();
  }

  /**
   * A CSV with the header {@code group,item,finding,detail} and one row per finding in the given
   * order; {@code finding} is {@link FindingKind#csvName()}. Fields holding a comma, a quote or a
   * line break are quoted and their quotes doubled (RFC 4180); lines end with LF.
   */
  public static String csv(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    StringBuilder out = new StringBuilder("group,item,finding,detail\n");
    for (Finding finding : findings) {
      out.append(field(finding.group()))
          .append(',')
          .append(field(finding.item()))
          .append(',')
          .append(field(finding.kind().csvName()))
          .append(',')
          .append(field(finding.detail()))
          .append('\n');
    }
    return out.toString();
  }

  private static void wrap(String detail, StringBuilder out) {
    StringBuilder line = new StringBuilder(INDENT);
    for (String word : detail.split(" ")) {
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(INDENT);
      } else if (line.length() > INDENT.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }

  private static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
