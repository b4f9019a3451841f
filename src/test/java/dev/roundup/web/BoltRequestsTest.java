package dev.roundup.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bolt's request built directly is the one Bolt's own parser builds, kind by kind. */
class BoltRequestsTest {

  private static final AppConfig CONFIG = AppConfig.builder().singleTeamBotToken("xoxb-test")
      .signingSecret("secret").build();

  private static final String MENTION = "{\"token\":\"t\",\"team_id\":\"T0TOP\",\"api_app_id\":\"A0APP\","
      + "\"event\":{\"type\":\"app_mention\",\"user\":\"U0ANA\",\"text\":\"<@U0BOT> summarize\","
      + "\"ts\":\"1700000000.000100\",\"thread_ts\":\"1700000000.000001\",\"channel\":\"C0ENG\"},"
      + "\"type\":\"event_callback\",\"event_id\":\"Ev0001\",\"event_time\":1700000000,"
      + "\"authorizations\":[{\"enterprise_id\":\"E0GRID\",\"team_id\":\"T0AUTH\",\"user_id\":\"U0BOT\","
      + "\"is_bot\":true}]}";
  private static final String EDITED = "{\"team_id\":\"T0TOP\",\"enterprise_id\":null,"
      + "\"event\":{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"C0ENG\","
      + "\"message\":{\"type\":\"message\",\"user\":\"U0ANA\",\"text\":\"fixed\",\"ts\":\"1.2\"},"
      + "\"ts\":\"1.3\"},\"type\":\"event_callback\",\"event_id\":\"Ev0002\"}";
  private static final String HOME = "{\"team_id\":\"T0TOP\",\"event\":{\"type\":\"app_home_opened\","
      + "\"user\":\"U0ANA\",\"channel\":\"D0ANA\",\"tab\":\"home\"},\"type\":\"event_callback\","
      + "\"event_id\":\"Ev0003\"}";
  private static final String COMMAND = "token=t&team_id=T0TOP&team_domain=acme&enterprise_id=E0GRID"
      + "&channel_id=C0ENG&channel_name=eng&user_id=U0ANA&user_name=ana&command=%2Ftask"
      + "&text=every+weekday+at+9am+summarize+%3C%23C0ENG%7Ceng%3E+%C3%A7a+va"
      + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1%2F2%2F3&trigger_id=1.2.3"
      + "&api_app_id=A0APP&is_enterprise_install=false";
  private static final String BUTTON = "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\","
      + "\"user\":{\"id\":\"U0ANA\"},\"team\":{\"id\":\"T0TOP\"},\"actions\":[{\"action_id\":\"task.delete\","
      + "\"value\":\"7\"}],\"response_url\":\"https://hooks.slack.com/actions/1\"}",
      java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void events_are_built_as_bolts_parser_builds_them() {
    for (String body : List.of(MENTION, EDITED, HOME)) {
      Request<?> direct = sameAsParser(body, RequestShape.JSON, Map.of("X-Slack-Retry-Num", "2",
          "X-Slack-Retry-Reason", "http_timeout"));
      assertThat(direct).isInstanceOf(EventRequest.class);
    }
    EventRequest mention = (EventRequest) sameAsParser(MENTION, RequestShape.JSON, Map.of());
    // The workspace an event is for comes from its authorization, as Bolt reads it.
    assertThat(mention.getContext().getTeamId()).isEqualTo("T0AUTH");
    assertThat(mention.getContext().getEnterpriseId()).isEqualTo("E0GRID");
    assertThat(mention.getContext().getChannelId()).isEqualTo("C0ENG");
    assertThat(((EventRequest) sameAsParser(EDITED, RequestShape.JSON, Map.of())).getEventTypeAndSubtype())
        .isEqualTo("message:message_changed");
  }

  @Test
  void slash_commands_are_built_as_bolts_parser_builds_them() {
    SlashCommandRequest command = (SlashCommandRequest) sameAsParser(COMMAND, RequestShape.FORM,
        Map.of("X-Forwarded-For", "203.0.113.9"));
    assertThat(command.getPayload().getText()).isEqualTo("every weekday at 9am summarize <#C0ENG|eng> ça va");
    assertThat(command.getClientIpAddress()).isEqualTo("203.0.113.9");
    assertThat(command.getContext().getTeamId()).isEqualTo("T0TOP");
  }

  @Test
  void other_kinds_go_through_bolts_parser() {
    assertThat(sameAsParser(BUTTON, RequestShape.FORM, Map.of()).getClass().getSimpleName())
        .isEqualTo("BlockActionRequest");
    assertThat(sameAsParser("{\"type\":\"url_verification\",\"challenge\":\"c\"}", RequestShape.JSON, Map.of())
        .getClass().getSimpleName()).isEqualTo("UrlVerificationRequest");
  }

  /**
   * Builds the request both ways, from the same HTTP request (a query string and a remote address
   * too), and checks they are alike: class, type, body, context, client address, query string and
   * Lombok's rendering of every field. Answers the one built directly.
   */
  private static Request<?> sameAsParser(String body, String contentType, Map<String, String> extraHeaders) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(contentType));
    extraHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
    SlackRequestParser.HttpRequest http = SlackRequestParser.HttpRequest.builder()
        .requestUri("/slack/events").queryString(Map.of("from", List.of("lb")))
        .headers(new RequestHeaders(headers)).requestBody(body).remoteAddress("127.0.0.1").build();
    RequestShape.Result shape = RequestShape.of(contentType, body);
    assertThat(shape).isInstanceOf(RequestShape.Usable.class);

    Request<?> direct = new BoltRequests(CONFIG).parse(((RequestShape.Usable) shape).kind(), http);
    Request<?> parsed = new SlackRequestParser(CONFIG).parse(http);

    assertThat(direct).isNotNull();
    assertThat(direct.getClass()).isEqualTo(parsed.getClass());
    assertThat(direct.getRequestType()).isEqualTo(parsed.getRequestType());
    assertThat(direct.getRequestBodyAsString()).isEqualTo(parsed.getRequestBodyAsString());
    assertThat(direct.getContext()).usingRecursiveComparison().isEqualTo(parsed.getContext());
    assertThat(direct.getClientIpAddress()).isEqualTo(parsed.getClientIpAddress());
    assertThat(direct.getQueryString()).isEqualTo(parsed.getQueryString()).containsKey("from");
    assertThat(direct.toString()).isEqualTo(parsed.toString());
    return direct;
  }
}
