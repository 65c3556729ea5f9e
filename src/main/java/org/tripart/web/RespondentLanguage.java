package org.tripart.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.tripart.instrument.Instrument;

/**
 * The language a respondent's page, answer check or organisation search speaks, from the request
 * and what the instrument offers. Stateless.
 */
final class RespondentLanguage {
  private RespondentLanguage() {}

  /**
   * The page language: {@code ?lang=}, then the {@code lang} cookie, then Accept-Language (its
   * ranges in order, a malformed header counting as none), each only when the instrument offers it;
   * else the instrument's first language, or English for an instrument with none.
   */
  static String of(Context ctx, Instrument instrument) {
    List<String> offered = instrument.languages();
    String q = ctx.queryParam("lang");
    if (q != null && offered.contains(q)) {
      return q;
    }
    String c = ctx.cookie("lang");
    if (c != null && offered.contains(c)) {
      return c;
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      try {
        for (Locale.LanguageRange r : Locale.LanguageRange.parse(accept)) {
          String l = r.getRange().split("-")[0].toLowerCase(Locale.ROOT);
          if (offered.contains(l)) {
            return l;
          }
        }
      } catch (IllegalArgumentException e) {
        return offered.get(0);
      }
    }
    return offered.isEmpty() ? "en" : offered.get(0);
  }
}
