package org.tripart.web.pages;

import static org.tripart.web.pages.Html.esc;

/**
 * A page that says why the questionnaire cannot be shown (the link is unknown, expired, already
 * used, too many requests). The server sets the HTTP status; the page shows it beside the title.
 * Stateless and thread-safe; every text is escaped.
 */
public final class MessagePage {
  private MessagePage() {}

  /**
   * The full HTML document.
   *
   * @param language {@code en} or {@code zh}
   * @param status the HTTP status the page is sent with, for example 404 or 410
   * @param title the heading, already in {@code language}
   * @param message the explanation, already in {@code language}
   */
  public static String render(String language, int status, String title, String message) {
    String lang = language == null ? "en" : language;
    StringBuilder out = new StringBuilder(1024);
    Html.head(out, lang, title, false, "");
    out.append("<main class=\"message\">\n<h1>").append(esc(title)).append("</h1>\n");
    out.append("<p>").append(esc(message)).append("</p>\n");
    out.append("<p class=\"status\">").append(esc(Texts.get("error", lang))).append(" ");
    out.append(status).append("</p>\n</main>\n");
    Html.tail(out);
    return out.toString();
  }
}
