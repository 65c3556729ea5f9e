package org.tripart.web.auth;

/**
 * The researcher's sign-in form (email and password) in English or Chinese, posted to {@code
 * /signin} with its CSRF token. No script; styles from {@code /assets/survey.css}. Stateless.
 */
final class SignInPage {
  /** The messages a failed sign-in can show; none tells whether the email is known. */
  enum Message {
    WRONG("The email or password is not correct.", "邮箱或密码不正确。"),
    EXPIRED_FORM("The form has expired. Please sign in again.", "表单已过期，请重新登录。"),
    TOO_MANY(
        "Too many sign-in attempts. Please wait %d seconds and try again.", "登录尝试过多，请等待 %d 秒后重试。");

    private final String en;
    private final String zh;

    Message(String en, String zh) {
      this.en = en;
      this.zh = zh;
    }

    String text(String lang, long seconds) {
      return String.format("zh".equals(lang) ? zh : en, seconds);
    }
  }

  private SignInPage() {}

  /**
   * The page.
   *
   * @param lang {@code en} or {@code zh}
   * @param csrf the form's CSRF token
   * @param error the message above the form (escaped here), or null
   * @param email the email to fill in again, or null
   * @param next a local path to go to after signing in, or null
   */
  static String render(String lang, String csrf, String error, String email, String next) {
    boolean zh = "zh".equals(lang);
    StringBuilder b = new StringBuilder(1500);
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(zh ? "zh-CN" : "en")
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Tripart: ")
        .append(zh ? "登录" : "sign in")
        .append("</title><link rel=\"stylesheet\" href=\"/assets/survey.css\"></head><body><main>")
        .append("<p><a href=\"/signin?lang=")
        .append(zh ? "en\">English" : "zh\">中文")
        .append("</a></p><h1>")
        .append(zh ? "研究人员登录" : "Researcher sign in")
        .append("</h1>");
    if (error != null) {
      b.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>");
    }
    b.append("<form method=\"post\" action=\"/signin\">")
        .append("<input type=\"hidden\" name=\"csrf\" value=\"")
        .append(escape(csrf))
        .append("\"><input type=\"hidden\" name=\"lang\" value=\"")
        .append(zh ? "zh" : "en")
        .append("\">");
    if (next != null) {
      b.append("<input type=\"hidden\" name=\"next\" value=\"").append(escape(next)).append("\">");
    }
    b.append("<p><label for=\"email\">")
        .append(zh ? "电子邮箱" : "Email")
        .append(
            "</label> <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\"")
        .append(" required value=\"")
        .append(email == null ? "" : escape(email))
        .append("\"></p><p><label for=\"password\">")
        .append(zh ? "密码" : "Password")
        .append("</label> <input id=\"password\" name=\"password\" type=\"password\"")
        .append(" autocomplete=\"current-password\" required></p>")
        .append("<button type=\"submit\">")
        .append(zh ? "登录" : "Sign in")
        .append("</button></form></main></body></html>\n");
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
}
