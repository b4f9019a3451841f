package dev.roundup.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.roundup.slack.AckFirst;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: events, slash commands and interactions, in place of Bolt's servlet.
 * Each request passes, in order: the size limit (413, before the body is read into memory), Slack's
 * signature over the raw bytes (401), UTF-8 (400), the shape Slack's requests have (400 or 415,
 * {@link RequestShape}); then Bolt's request is built from it ({@link BoltRequests}; 400 if it
 * cannot be), Bolt runs the listeners, and a failure there is answered by {@link HandlerFailures}.
 * Refusals carry {@code {"error": reason}}.
 * A reply the listeners queued is posted only once the ack is flushed ({@link AckFirst}).
 */
public final class SlackEndpoint extends HttpServlet {

  /** Slack's own payloads stay well under this; anything larger is not Slack's. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

  private final transient App app;
  private final transient SignatureCheck signatures;
  private final transient HandlerFailures failures;
  private final transient BoltRequests requests;
  private final int maxBodyBytes;

  /**
   * @param app Bolt's app, built with its own request verification off: this endpoint verifies
   *            every request before Bolt sees it
   */
  public SlackEndpoint(App app, SignatureCheck signatures, HandlerFailures failures, int maxBodyBytes) {
    this.app = app;
    this.signatures = signatures;
    this.failures = failures;
    this.requests = new BoltRequests(app.config());
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body;
    try {
      body = BoundedBody.read(req.getInputStream(), req.getContentLengthLong(), maxBodyBytes);
    } catch (BoundedBody.TooLarge e) {
      refuse(resp, 413, e.getMessage());
      return;
    } catch (IOException | RuntimeException e) {
      // A broken chunked encoding, or the client went away: nothing to run.
      refuse(resp, 400, "the body could not be read");
      return;
    }
    Optional<String> forged = signatures.problem(req.getHeader(SignatureCheck.TIMESTAMP_HEADER),
        req.getHeader(SignatureCheck.SIGNATURE_HEADER), body);
    Optional<String> text = utf8(body);
    RequestShape.Result shape = text.isEmpty() ? null : RequestShape.of(req.getContentType(), text.get());
    if (forged.isPresent()) {
      // Slack's certificate check is the one request it may send unsigned; it runs nothing.
      if (shape instanceof RequestShape.Usable u && u.kind() == RequestShape.Kind.SSL_CHECK) {
        write(resp, Response.ok());
      } else {
        refuse(resp, 401, forged.get());
      }
      return;
    }
    if (shape == null) {
      refuse(resp, 400, "the body is not UTF-8");
    } else if (shape instanceof RequestShape.Refused r) {
      refuse(resp, r.status(), r.reason());
    } else {
      run(req, resp, (RequestShape.Usable) shape, text.get());
    }
  }

  private void run(HttpServletRequest req, HttpServletResponse resp, RequestShape.Usable shape,
      String body) throws IOException {
    if (shape.kind() == RequestShape.Kind.RATE_LIMITED) {
      log.warn("Slack says Roundup's app is over its event rate limit; some events were not sent");
      write(resp, Response.ok());
      return;
    }
    Request<?> slackRequest;
    try {
      slackRequest = requests.parse(shape.kind(), SlackRequestParser.HttpRequest.builder()
          .requestUri(req.getRequestURI())
          .queryString(QueryStringParser.toMap(req.getQueryString()))
          .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
          .requestBody(body)
          .remoteAddress(req.getRemoteAddr())
          .build());
    } catch (RuntimeException e) {
      log.info("Refused a {} Bolt could not read: {}", shape.label(), e.toString());
      refuse(resp, 400, "the request has a field of the wrong type or is missing one");
      return;
    }
    if (slackRequest == null) {
      refuse(resp, 400, "not a request Slack sends");
      return;
    }
    AckFirst ack = AckFirst.begin();
    try {
      Response answer;
      try {
        answer = app.run(slackRequest);
      } catch (Exception | StackOverflowError e) {
        answer = failures.answer(slackRequest, e);
      }
      write(resp, answer);
      resp.flushBuffer(); // the ack is on its way before any reply the listeners queued is posted
    } finally {
      ack.sent();
    }
  }

  private static Optional<String> utf8(byte[] body) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static void refuse(HttpServletResponse resp, int status, String reason) throws IOException {
    log.debug("Refused a Slack request with {}: {}", status, reason);
    write(resp, Response.json(status, HandlerFailures.error(reason)));
  }

  /** Bolt's answer, its body always in UTF-8 (the servlet default would be ISO-8859-1). */
  static void write(HttpServletResponse resp, Response answer) throws IOException {
    resp.setStatus(answer.getStatusCode());
    for (Map.Entry<String, List<String>> header : answer.getHeaders().entrySet()) {
      for (String value : header.getValue()) {
        resp.addHeader(header.getKey(), value);
      }
    }
    String type = answer.getContentType() == null ? Response.CONTENT_TYPE_APPLICATION_JSON_UTF8
        : answer.getContentType();
    resp.setHeader("Content-Type", type.toLowerCase(java.util.Locale.ROOT).contains("charset")
        ? type : type + "; charset=utf-8");
    if (answer.getBody() != null) {
      byte[] bytes = answer.getBody().getBytes(StandardCharsets.UTF_8);
      resp.setContentLength(bytes.length);
      resp.getOutputStream().write(bytes);
    }
  }
}
