/**
 * Researchers' accounts on the server: sign-in, sessions, API tokens, roles per study and the audit
 * of what they do.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.json}, {@code org.tripart.store}, {@code
 * org.tripart.web.http}.
 */
package org.tripart.web.auth;
