package dev.roundup.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /slack/install} and {@code GET /slack/oauth_redirect}: the browser's half of Slack's
 * OAuth install, handed to Bolt's OAuth flow (which checks the state, calls oauth.v2.access and
 * stores the installation). Unlike {@link SlackEndpoint} nothing here is signed: the state, tied to
 * the browser by a cookie and good once, is what proves a callback is the install it began.
 */
public final class OAuthEndpoint extends HttpServlet {

  private static final Logger log = LoggerFactory.getLogger(OAuthEndpoint.class);

  private final transient App app;
  private final transient SlackRequestParser parser;

  public OAuthEndpoint(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(req.getRequestURI())
        .queryString(QueryStringParser.toMap(req.getQueryString()))
        .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
        .requestBody("")
        .remoteAddress(req.getRemoteAddr())
        .build());
    if (request == null) {
      // The redirect path without any query: not a callback Slack sends.
      SlackEndpoint.write(resp, Response.builder().statusCode(400).contentType("text/plain; charset=utf-8")
          .body("Not an install request.").build());
      return;
    }
    Response answer;
    try {
      answer = app.run(request);
    } catch (Exception e) {
      log.warn("The OAuth install flow failed", e);
      answer = Response.builder().statusCode(500).contentType("text/plain; charset=utf-8")
          .body("Roundup could not complete the install; try again in a minute.").build();
    }
    SlackEndpoint.write(resp, answer);
  }
}
