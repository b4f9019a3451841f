package dev.roundup.app;

import dev.roundup.install.OAuthInstalls;
import dev.roundup.store.Database;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty 12 serving {@code /slack/events} (the {@link dev.roundup.web.SlackEndpoint}: events,
 * commands, interactivity; absent in Socket Mode), in multi-workspace mode {@code /slack/install}
 * and {@code /slack/oauth_redirect} (the {@link dev.roundup.web.OAuthEndpoint}), {@code /healthz} (200 when the database answers)
 * and {@code /metrics} (Prometheus text).
 */
public final class WebServer implements AutoCloseable {

  private final Server server;

  private WebServer(Server server) {
    this.server = server;
  }

  /**
   * @param slackEndpoint what serves /slack/events, or null in Socket Mode
   */
  public static WebServer start(String host, int port, HttpServlet slackEndpoint, Database database,
      PrometheusMeterRegistry metrics) throws Exception {
    return start(host, port, slackEndpoint, null, database, metrics);
  }

  /**
   * @param slackEndpoint what serves /slack/events, or null in Socket Mode
   * @param oauthEndpoint what serves /slack/install and /slack/oauth_redirect (multi-workspace
   *                      mode), or null
   */
  public static WebServer start(String host, int port, HttpServlet slackEndpoint, HttpServlet oauthEndpoint,
      Database database, PrometheusMeterRegistry metrics) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    // Without Jetty's default servlet every unmapped path is a plain 404 for every method; with it,
    // a POST to /slack/events in Socket Mode would answer 405 as if the endpoint existed.
    context.getServletHandler().setEnsureDefaultServlet(false);
    if (slackEndpoint != null) {
      context.addServlet(new ServletHolder(slackEndpoint), "/slack/events");
      Timer.Builder ack = Timer.builder("roundup_slack_request_duration")
          .description("Time to answer a Slack request (the ack)")
          .publishPercentileHistogram();
      Filter timing = (req, res, chain) -> {
        long start = System.nanoTime();
        try {
          chain.doFilter(req, res);
        } finally {
          int status = ((HttpServletResponse) res).getStatus();
          ack.tag("status", String.valueOf(status)).register(metrics)
              .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
      };
      context.addFilter(new FilterHolder(timing), "/slack/events", EnumSet.of(DispatcherType.REQUEST));
    }
    if (oauthEndpoint != null) {
      ServletHolder oauth = new ServletHolder(oauthEndpoint);
      context.addServlet(oauth, OAuthInstalls.INSTALL_PATH);
      context.addServlet(oauth, OAuthInstalls.REDIRECT_PATH);
    }
    context.addServlet(new ServletHolder(new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = database.healthy();
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.getWriter().write(up ? "{\"status\":\"ok\",\"database\":\"ok\"}"
            : "{\"status\":\"unavailable\",\"database\":\"unreachable\"}");
      }
    }), "/healthz");
    context.addServlet(new ServletHolder(new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.getWriter().write(metrics.scrape());
      }
    }), "/metrics");
    server.setHandler(context);
    server.start();
    return new WebServer(server);
  }

  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
