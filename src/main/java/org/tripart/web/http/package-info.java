/**
 * The HTTP building blocks every part of the server shares: the refusal a handler throws ({@link
 * org.tripart.web.http.HttpProblem}, answered as RFC 9457 problem+json), the token-bucket {@link
 * org.tripart.web.http.RateLimiter} and the request body {@link org.tripart.web.http.Limits}. A
 * leaf: it knows Javalin's {@code Context} and Tripart's error codes, and no other package of the
 * server, so that {@code web} and {@code web.auth} both use it without using each other in a
 * circle.
 *
 * <p>Uses {@code org.tripart}.
 */
package org.tripart.web.http;
