package org.tripart.web.pages;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Small helpers for building HTML text: every value that did not come from this package passes
 * through {@link #esc} before it reaches the page, in element content and in attributes alike.
 * Stateless.
 */
final class Html {
  private Html() {}

  /** The text escaped for HTML content and double-quoted attributes; null becomes empty. */
  static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }

  /** {@code name="value"} with a leading space, the value escaped. */
  static String attr(String name, String value) {
    return " " + name + "=\"" + esc(value) + "\"";
  }

  /** The {@code lang} value of a page in this language. */
  static String lang(String language) {
    return "zh".equals(language) ? "zh-CN" : esc(language);
  }

  /**
   * The start of a page: doctype, head with the stylesheet (and survey.js when {@code script}), and
   * the opening body tag. No inline script or style, so a strict CSP holds.
   */
  static void head(StringBuilder out, String language, String title, boolean script, String meta) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang(language))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(meta)
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<link rel=\"stylesheet\" href=\"/assets/survey.css\">\n");
    if (script) {
      out.append("<script src=\"/assets/survey.js\" defer></script>\n");
    }
    out.append("</head>\n<body>\n");
  }

  /** An {@code <option>} of a select, the label escaped. */
  static void option(StringBuilder out, String value, String label, boolean selected) {
    out.append("<option").append(attr("value", value)).append(selected ? " selected>" : ">");
    out.append(esc(label)).append("</option>\n");
  }

  /** The messages in a {@code div.error} with this id, an alert; nothing when there are none. */
  static void errors(StringBuilder out, String id, java.util.List<String> messages) {
    if (messages.isEmpty()) {
      return;
    }
    out.append("<div class=\"error\"").append(attr("id", id)).append(" role=\"alert\">");
    for (String m : messages) {
      out.append("<p>").append(esc(m)).append("</p>");
    }
    out.append("</div>\n");
  }

  static void tail(StringBuilder out) {
    out.append("</body>\n</html>\n");
  }
}
