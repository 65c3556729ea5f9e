package org.tripart.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link PostgresServer}, started once for the whole test run and stopped at its end.
 * Without PostgreSQL binaries the tests fail with a message saying how to install them, unless the
 * environment variable {@code TRIPART_SKIP_POSTGRES=1} asks to skip them.
 */
final class PostgresExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (PostgresServer.findBinaries() != null) {
      return;
    }
    String problem =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under"
            + " /usr/lib/postgresql/N/bin, TRIPART_PG_BIN or the PATH. Install them (Debian:"
            + " apt-get install postgresql) or set TRIPART_SKIP_POSTGRES=1 to skip the PostgreSQL"
            + " variant of the store tests.";
    Assumptions.assumeFalse("1".equals(System.getenv("TRIPART_SKIP_POSTGRES")), problem);
    throw new IllegalStateException(problem);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PostgresServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(PostgresServer.class, key -> start(), PostgresServer.class);
  }

  private static PostgresServer start() {
    Path bin = PostgresServer.findBinaries();
    try {
      return PostgresServer.start(bin);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start a test PostgreSQL server: " + e.getMessage(), e);
    }
  }
}
