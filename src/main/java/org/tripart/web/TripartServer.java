package org.tripart.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tripart.store.Store;
import org.tripart.store.StoredDatasets;
import org.tripart.store.Stores;
import org.tripart.study.Study;
import org.tripart.study.StudyData;
import org.tripart.web.auth.Access;
import org.tripart.web.auth.AccountApi;
import org.tripart.web.auth.AccountSecurity;
import org.tripart.web.auth.Audit;
import org.tripart.web.auth.AuditApi;
import org.tripart.web.auth.Permission;
import org.tripart.web.auth.Sessions;
import org.tripart.web.auth.SignIn;
import org.tripart.web.auth.StudyGuard;
import org.tripart.web.http.HttpProblem;
import org.tripart.web.http.Limits;
import org.tripart.web.http.RateLimiter;

/**
 * The Tripart web server: respondent pages, researcher pages and the JSON API (described by {@code
 * /openapi.json}) over one {@link Store}. {@link #start} opens the store (running its migrations),
 * loads the bundled study into an empty store, makes sure an admin API token exists, and listens.
 * Thread-safe; {@link #close} stops the server and closes the store.
 */
public final class TripartServer implements AutoCloseable {
  static final String ASSETS = "/org/tripart/web/assets";

  private final Javalin app;
  private final Store store;
  private final Secrets secrets;
  private final List<String> routes;
  private final String demoLink;
  private final String baseUrl;

  private TripartServer(
      Javalin app,
      Store store,
      Secrets secrets,
      List<String> routes,
      String demoLink,
      String host) {
    this.app = app;
    this.store = store;
    this.secrets = secrets;
    this.routes = Collections.unmodifiableList(routes);
    this.baseUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
    this.demoLink = demoLink == null ? null : baseUrl + "/s/" + demoLink;
  }

  /**
   * Opens the store, prepares it and starts listening.
   *
   * @throws org.tripart.TripartException when the store cannot be opened or the port is taken
   */
  public static TripartServer start(ServerConfig config) {
    Store store = Stores.open(config.db());
    try {
      Study study = Study.nationalAi();
      Prepared prepared = store.withStartupLock(() -> prepare(store, config, study));
      Secrets secrets = prepared.secrets();
      String demoToken = prepared.demoToken();
      List<String> routes = new ArrayList<>();
      Javalin app = Javalin.create(c -> configure(c, config, store, secrets, study, routes));
      try {
        app.start(config.host(), config.port());
      } catch (RuntimeException e) {
        throw new org.tripart.TripartException(
            org.tripart.ErrorCode.IO,
            config.host() + ":" + config.port(),
            "cannot listen here: " + e.getMessage());
      }
      return new TripartServer(app, store, secrets, routes, demoToken, config.host());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private record Prepared(Secrets secrets, String demoToken) {}

  /**
   * Loads the bundled study into an empty store (and the demonstration's responses), and reads or
   * makes the secrets: under the store's startup lock, so that servers started together do it once.
   */
  private static Prepared prepare(Store store, ServerConfig config, Study study) {
    StudyData data = null;
    if (store.study(study.id()).isEmpty() || config.demo()) {
      data = StudyData.synthesize(study);
      StudyLoader.loadStudy(store, study, data);
    }
    Secrets secrets = Secrets.open(config.dataDir(), store);
    String demoToken = null;
    if (config.demo()) {
      StudyLoader.loadDemoResponses(store, study, data);
      String hospital =
          data.group("clinician").register().isEmpty()
              ? null
              : data.group("clinician").register().get(0).id();
      demoToken =
          Secrets.demoToken(
              config.dataDir(),
              store,
              () -> StudyLoader.freshInvitation(store, study.id(), "clinician", hospital));
    }
    return new Prepared(secrets, demoToken);
  }

  private static void configure(
      JavalinConfig c,
      ServerConfig config,
      Store store,
      Secrets secrets,
      Study study,
      List<String> routes) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.http.maxRequestSize = Limits.MAX_BODY;
    c.http.prefer405over404 = true;
    java.util.Set<String> proxies = config.trustedProxies();
    c.contextResolver.ip =
        ctx -> ClientAddress.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), proxies);
    QueuedThreadPool threads =
        new QueuedThreadPool(config.threads(), Math.min(8, config.threads()));
    c.jetty.threadPool = threads;
    c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    c.jetty.addConnector(
        (server, http) -> {
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(config.host());
          connector.setPort(config.port());
          connector.setIdleTimeout(config.idleTimeout().toMillis());
          return connector;
        });
    c.jsonMapper(new JavalinJackson(Answers.JSON, false));
    c.events.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath()));
    if (TripartServer.class.getResource(ASSETS) != null) {
      c.staticFiles.add(
          s -> {
            s.hostedPath = "/assets";
            s.directory = ASSETS;
            s.location = Location.CLASSPATH;
          });
    }
    Clock clock = Clock.systemUTC();
    Instruments instruments = new Instruments(store);
    RateLimiter perIp = new RateLimiter(config.perIp());
    RateLimiter perToken = new RateLimiter(config.perToken());
    Respondents respondents = new Respondents(store, instruments, perIp, perToken, clock);
    Sessions sessions = new Sessions(store, clock);
    ResearcherAuth auth =
        new ResearcherAuth(store, secrets, sessions, new RateLimiter(config.perToken()));
    Access access = new Access(store, auth);
    Audit audit = new Audit(store);
    PageRenderer pages = Pages.renderer();
    ErrorHandling.install(c, pages);
    c.routes.before(SecurityHeaders::apply);
    c.routes.before(CrossSiteRequests::check);
    StudyGuard.install(c.routes, access);
    c.routes.get("/openapi.json", OpenApi::serve);
    new HealthCheck(store).register(c.routes);
    new SignIn(store, sessions, access, audit, secrets::csrfToken, secrets::csrfMatches)
        .register(c.routes);
    new AccountApi(store, access, audit).register(c.routes);
    new AccountSecurity(store, access, audit).register(c.routes);
    new AuditApi(store, access, audit).register(c.routes);
    new ResearcherApi(store, auth, audit, List.of(study.id())).register(c.routes);
    StudyChanges changes = new StudyChanges(store, access, audit, instruments);
    changes.register(c.routes);
    new InstrumentImports(store, access, changes, secrets, ImportFormats.offered())
        .register(c.routes);
    new InvitationApi(store, auth, audit, instruments, clock).register(c.routes);
    java.util.function.BiPredicate<io.javalin.http.Context, String> exact =
        (ctx, id) ->
            access
                .current(ctx)
                .map(p -> access.allows(p, id, Permission.EXACT_COUNTS))
                .orElse(false);
    new FieldworkApi(store, auth, exact).register(c.routes);
    new AnalysisApi(store, auth, instruments, exact).register(c.routes);
    new ModelApi(store, auth, instruments).register(c.routes);
    new RespondentApi(respondents, store, threads).register(c.routes);
    new FhirApi(respondents, instruments, threads).register(c.routes);
    new Pages(store, secrets, respondents, auth, instruments, exact).register(c.routes);
    org.tripart.web.dashboard.DashboardSources dashboard =
        new org.tripart.web.dashboard.DashboardSources(
            ctx -> auth.current(ctx).isPresent(),
            exact,
            instruments::current,
            StoredDatasets::build,
            (id, by) -> FieldworkApi.summary(store, id, by),
            (status, detail) ->
                status == 404
                    ? HttpProblem.notFound(detail)
                    : status == 401
                        ? HttpProblem.unauthenticated(detail)
                        : status == 403
                            ? HttpProblem.forbidden(detail)
                            : HttpProblem.badRequest(detail),
            (ctx, action, id, target, detail) ->
                audit.recordExport(
                    ctx, access.current(ctx).orElse(null), action, id, target, detail));
    new org.tripart.web.dashboard.Dashboard(store, dashboard, study).register(c.routes);
    new org.tripart.web.dashboard.Microdata(store, dashboard, secrets::studySecret)
        .register(c.routes);
  }

  public int port() {
    return app.port();
  }

  /** For example {@code http://127.0.0.1:7070}. */
  public String baseUrl() {
    return baseUrl;
  }

  public Store store() {
    return store;
  }

  /** The file holding the clear admin API token (owner-only permissions). */
  public Path adminTokenFile() {
    return secrets.adminTokenFile();
  }

  /** Whether this start created the admin token (a first start on this store). */
  public boolean adminTokenCreated() {
    return secrets.adminTokenCreated();
  }

  /** The respondent link made at a demo start, empty otherwise. */
  public Optional<String> demoLink() {
    return Optional.ofNullable(demoLink);
  }

  /** Every registered route as {@code METHOD /path}, in registration order. */
  public List<String> routes() {
    return routes;
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      store.close();
    }
  }

  /**
   * Starts a server from arguments {@code [--db PATH|URL] [--port N] [--data DIR] [--demo]
   * [--unlimited]} and prints {@code tripart listening on URL}; for child processes of tests and
   * benchmarks ({@code tripart serve} is the user's command).
   */
  public static void main(String[] args) {
    ServerConfig config = ServerConfig.defaults().withPort(0);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db":
          config = config.withDb(args[++i]);
          break;
        case "--port":
          config = config.withPort(Integer.parseInt(args[++i]));
          break;
        case "--data":
          config = config.withDataDir(Path.of(args[++i]));
          break;
        case "--demo":
          config = config.withDemo(true);
          break;
        case "--unlimited":
          config =
              config.withRateLimits(RateLimiter.Limit.unlimited(), RateLimiter.Limit.unlimited());
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    TripartServer server = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("tripart listening on " + server.baseUrl());
    System.out.flush();
  }
}
