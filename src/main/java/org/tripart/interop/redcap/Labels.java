package org.tripart.interop.redcap;

import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/** Turns REDCap label cells, which may hold HTML, into plain text. Stateless. */
final class Labels {
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
  private static final Pattern SCRIPT =
      Pattern.compile("(?is)<\\s*(script|style)\\b.*?(<\\s*/\\s*\\1\\s*>|$)");
  private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|hr)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private Labels() {}

  /** A label as plain text, and what was removed to get it. */
  record Plain(String text, boolean markupRemoved, boolean scriptRemoved) {}

  static Plain plain(String cell) {
    String s = cell == null ? "" : cell;
    boolean script = SCRIPT.matcher(s).find();
    boolean markup = script || TAG.matcher(s).find() || ENTITY.matcher(s).find();
    if (!markup) {
      return new Plain(s.strip(), false, false);
    }
    s = SCRIPT.matcher(s).replaceAll(" ");
    s = BREAK.matcher(s).replaceAll(" ");
    s = TAG.matcher(s).replaceAll("");
    s = StringEscapeUtils.unescapeHtml4(s).replace('\u00A0', ' ');
    return new Plain(s.replaceAll("\\s+", " ").strip(), true, script);
  }

  /** A title from a REDCap name: {@code patient_morale_questionnaire -> Patient morale ...}. */
  static String title(String name) {
    String t = name.replace('_', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? name : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
