package org.tripart.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.tripart.web.auth.Sessions;
import org.tripart.web.http.HttpProblem;

/**
 * Refuses cross-site requests that would change something with a researcher's session cookie. Forms
 * carry a CSRF token; the JSON API, used with a session from the dashboard or a browser, relies on
 * this guard instead. It applies to POST, PUT, PATCH and DELETE under {@code /api/} that carry the
 * session cookie and no {@code Authorization} header (a bearer token cannot be sent by another
 * site, so it needs no guard):
 *
 * <ul>
 *   <li>{@code Sec-Fetch-Site}, which browsers set, must be {@code same-origin} or {@code none}
 *       (typed by the user);
 *   <li>without it, an {@code Origin} other than {@code null} must name this server's host;
 *   <li>a body must not have a media type another site can send without asking first ({@code
 *       text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}), so
 *       that a cross-site sender always needs a CORS preflight, which this server never grants.
 * </ul>
 *
 * The {@code SameSite=Strict} session cookie already keeps other sites' requests cookie-less in
 * current browsers; this is the second line. Stateless.
 */
final class CrossSiteRequests {
  private static final Set<HandlerType> UNSAFE =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
  private static final Set<String> SIMPLE_TYPES =
      Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

  private CrossSiteRequests() {}

  static void check(Context ctx) {
    if (!UNSAFE.contains(ctx.method())
        || !ctx.path().startsWith("/api/")
        || ctx.header("Authorization") != null
        || ctx.cookie(Sessions.COOKIE) == null) {
      return;
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (!site.equals("same-origin") && !site.equals("none")) {
        throw crossSite();
      }
    } else {
      String origin = ctx.header("Origin");
      if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.host())) {
        throw crossSite();
      }
    }
    String type = ctx.contentType();
    if (type != null) {
      String bare = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (SIMPLE_TYPES.contains(bare)) {
        throw HttpProblem.unsupportedMediaType(
            "application/json (or the type the route documents), not "
                + bare
                + ", when signed in"
                + " with a session cookie");
      }
    }
  }

  private static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static HttpProblem crossSite() {
    return HttpProblem.forbidden(
        "a request from another site cannot use your session; send it from Tripart's own pages"
            + " or with an API token");
  }
}
