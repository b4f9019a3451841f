package dev.roundup.web;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a request {@link RequestShape} has already read into Bolt's request object. Events and slash
 * commands, nearly all of what Slack sends, are built directly, as Bolt's {@link SlackRequestParser}
 * builds them once it has found out what they are; everything else goes through that parser.
 *
 * <p>Why: on the acknowledging thread, Bolt's parser finds out what an event is by building a new
 * Gson with all of the SDK's type adapters and parsing the whole body, then parses it a second time
 * before the {@link EventRequest} parses it a third; for a slash command it compiles a regular
 * expression for every form field. {@code RequestShape} has already told which it is, so those
 * steps are skipped; what Bolt's listeners receive is the same object (tested side by side with
 * the parser).
 */
final class BoltRequests {

  private final AppConfig config;
  private final SlackRequestParser parser;

  BoltRequests(AppConfig config) {
    this.config = config;
    this.parser = new SlackRequestParser(config);
  }

  /** Bolt's request for {@code http}, whose body {@code RequestShape} found to be of {@code kind}; null as the parser answers. */
  Request<?> parse(RequestShape.Kind kind, SlackRequestParser.HttpRequest http) {
    return switch (kind) {
      case EVENT -> finish(new EventRequest(http.getRequestBody(), http.getHeaders()), http);
      case COMMAND -> finish(new SlashCommandRequest(http.getRequestBody(), http.getHeaders()), http);
      default -> parser.parse(http);
    };
  }

  /** What Bolt's parser does to every request it builds: context, query string, client address. */
  private Request<?> finish(Request<?> request, SlackRequestParser.HttpRequest http) {
    request.updateContext(config);
    Map<String, List<String>> query = http.getQueryString();
    if (query != null) {
      for (Map.Entry<String, List<String>> each : query.entrySet()) {
        List<String> values = request.getQueryString().get(each.getKey());
        if (values == null) {
          values = new ArrayList<>();
        }
        values.addAll(each.getValue());
        request.getQueryString().put(each.getKey(), values);
      }
    }
    RequestHeaders headers = http.getHeaders();
    String forwarded = headers == null ? null : headers.getFirstValue("X-FORWARDED-FOR");
    request.setClientIpAddress(forwarded != null ? forwarded : http.getRemoteAddress());
    return request;
  }
}
