package org.tripart.web;

/**
 * The researcher's sign-in form: one field for the API token, posted to {@code /login}. No script,
 * styles from {@code /assets/survey.css}. Stateless.
 */
final class LoginPage {
  private LoginPage() {}

  /**
   * The page, with {@code error} (plain text, escaped here) above the form when not null, and
   * {@code next} (a {@code /fieldwork/} path, else ignored) to go to after signing in.
   */
  static String render(String error, String next) {
    StringBuilder b = new StringBuilder(1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Tripart: sign in</title>")
        .append("<link rel=\"stylesheet\" href=\"/assets/survey.css\"></head><body><main>")
        .append("<h1>Sign in</h1>");
    if (error != null) {
      b.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>");
    }
    b.append("<form method=\"post\" action=\"/login\">")
        .append(
            isResearcherPage(next)
                ? "<input type=\"hidden\" name=\"next\" value=\"" + escape(next) + "\">"
                : "")
        .append("<label for=\"token\">API token</label> ")
        .append(
            "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required>")
        .append(" <button type=\"submit\">Sign in</button></form>")
        .append("<p>Researchers with an account sign in with email and password at")
        .append(" <a href=\"/signin\">/signin</a>.</p>")
        .append("<p>The admin token is in the file <code>data/admin-token</code> beside the")
        .append(" server's store.</p></main></body></html>\n");
    return b.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * True for the pages a sign-in may return to: the fieldwork and dashboard pages of this server.
   * Anything else (another host, a protocol-relative URL) is refused, so the form cannot be used as
   * an open redirect.
   */
  static boolean isResearcherPage(String next) {
    return next != null
        && (next.startsWith("/fieldwork/") || next.startsWith("/dashboard/"))
        && !next.contains("//")
        && !next.contains("\\");
  }
}
