package org.tripart.web.auth;

import io.javalin.http.Context;
import java.util.Optional;

/** Finds who makes a request from its credentials. Implementations are thread-safe. */
public interface Authenticator {

  /** The caller, or empty without valid credentials. Never throws for bad credentials. */
  Optional<Principal> current(Context ctx);

  /**
   * The caller, or an {@link org.tripart.web.HttpProblem}: 401 without valid credentials, 429 after
   * too many failures from the address.
   */
  Principal require(Context ctx);
}
