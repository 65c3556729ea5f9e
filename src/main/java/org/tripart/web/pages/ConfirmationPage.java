package org.tripart.web.pages;

import static org.tripart.web.pages.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The page that ends a questionnaire: thanks, and when it was received. Times are shown in China
 * Standard Time (the study's fieldwork zone) with the offset, so respondents and the team read the
 * same clock. Stateless and thread-safe; every text is escaped.
 */
public final class ConfirmationPage {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(ZoneId.of("Asia/Shanghai"));

  private ConfirmationPage() {}

  /**
   * The full HTML document.
   *
   * @param language {@code en} or {@code zh}
   * @param submittedAt when the submission was stored; null leaves the time out
   */
  public static String render(String language, String studyTitle, Instant submittedAt) {
    String lang = language == null ? "en" : language;
    String thanks = Texts.get("thanks", lang);
    StringBuilder out = new StringBuilder(2048);
    Html.head(out, lang, thanks, false, "");
    out.append("<header class=\"top\">\n<p class=\"study\">").append(esc(studyTitle));
    out.append("</p>\n</header>\n<main class=\"confirmation\">\n<h1>").append(esc(thanks));
    out.append("</h1>\n");
    if (submittedAt != null) {
      out.append("<p>").append(esc(Texts.get("received", lang))).append(" <time datetime=\"");
      out.append(esc(submittedAt.toString())).append("\">").append(esc(WHEN.format(submittedAt)));
      out.append("</time>.</p>\n");
    }
    out.append("<p>").append(esc(Texts.get("closeNote", lang))).append("</p>\n</main>\n");
    Html.tail(out);
    return out.toString();
  }
}
