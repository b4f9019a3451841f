package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Modals and the App Home as people use them: a modal opens for the person whose action issued the
 * trigger; submitting it sends Slack's view_submission with the inputs' state; the app's
 * {@code response_action: errors} keeps it open; buttons in a view report the view.
 */
class ModalsTest {

  private static final String FORM = "{\"type\":\"modal\",\"callback_id\":\"digest_form\","
      + "\"private_metadata\":\"new\",\"title\":{\"type\":\"plain_text\",\"text\":\"Digest\"},"
      + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Save\"},\"blocks\":["
      + "{\"type\":\"input\",\"block_id\":\"channels\",\"label\":{\"type\":\"plain_text\",\"text\":\"Channels\"},"
      + "\"element\":{\"type\":\"multi_conversations_select\",\"action_id\":\"value\","
      + "\"initial_conversations\":[\"C0ENG\"]}},"
      + "{\"type\":\"input\",\"block_id\":\"schedule\",\"label\":{\"type\":\"plain_text\",\"text\":\"When\"},"
      + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\",\"initial_value\":\"every friday\"}},"
      + "{\"type\":\"input\",\"block_id\":\"size\",\"optional\":true,\"label\":{\"type\":\"plain_text\",\"text\":\"Size\"},"
      + "\"element\":{\"type\":\"static_select\",\"action_id\":\"value\",\"options\":["
      + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Short\"},\"value\":\"short\"},"
      + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Long\"},\"value\":\"long\"}]}}]}";

  private final EmulatorFixture fx = new EmulatorFixture();
  private final RecordingApp app = fx.connectApp();

  ModalsTest() throws Exception {}

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  /** Alice runs a command; the app opens the form with the command's trigger. */
  private String openForm() throws Exception {
    fx.emulator.slashCommand("U0ALICE", "C0ENG", "/digest", "edit 1");
    String trigger = HttpForms.parseForm(app.last().body()).get("trigger_id");
    assertThat(fx.bot.viewsOpen(r -> r.triggerId(trigger).viewAsString(FORM)).isOk()).isTrue();
    return fx.emulator.openedViews().get(0).viewId();
  }

  @Test
  void a_modal_opens_for_the_person_whose_action_issued_the_trigger() throws Exception {
    String viewId = openForm();

    assertThat(fx.emulator.openedViews()).singleElement().satisfies(v -> {
      assertThat(v.userId()).isEqualTo("U0ALICE");
      assertThat(v.viewId()).startsWith("V");
    });
    assertThat(fx.emulator.openModal("U0ALICE")).hasValueSatisfying(v ->
        assertThat(JsonParser.parseString(v).getAsJsonObject().get("id").getAsString()).isEqualTo(viewId));
    assertThat(fx.emulator.openModal("U0BORIS")).isEmpty();
  }

  @Test
  void submitting_sends_each_inputs_state_in_its_elements_shape_and_closes_the_modal() throws Exception {
    String viewId = openForm();

    ViewSubmission result = fx.emulator.submitView("U0ALICE", viewId, Map.of(
        "channels", Map.of("value", List.of("C0ENG", "C0GENERAL")),
        "size", Map.of("value", "long")));

    assertThat(result.closed()).isTrue();
    assertThat(fx.emulator.openModal("U0ALICE")).isEmpty();
    JsonObject payload = JsonParser.parseString(HttpForms.parseForm(app.last().body()).get("payload"))
        .getAsJsonObject();
    assertThat(payload.get("type").getAsString()).isEqualTo("view_submission");
    JsonObject view = payload.getAsJsonObject("view");
    assertThat(view.get("id").getAsString()).isEqualTo(viewId);
    assertThat(view.get("callback_id").getAsString()).isEqualTo("digest_form");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("new");
    JsonObject values = view.getAsJsonObject("state").getAsJsonObject("values");
    JsonObject channels = values.getAsJsonObject("channels").getAsJsonObject("value");
    assertThat(channels.get("type").getAsString()).isEqualTo("multi_conversations_select");
    assertThat(channels.getAsJsonArray("selected_conversations").toString())
        .isEqualTo("[\"C0ENG\",\"C0GENERAL\"]");
    JsonObject schedule = values.getAsJsonObject("schedule").getAsJsonObject("value");
    assertThat(schedule.get("value").getAsString()).as("untouched: its initial value").isEqualTo("every friday");
    JsonObject size = values.getAsJsonObject("size").getAsJsonObject("value");
    assertThat(size.getAsJsonObject("selected_option").get("value").getAsString()).isEqualTo("long");
  }

  @Test
  void errors_in_the_apps_answer_keep_the_modal_open_and_are_reported_by_block() throws Exception {
    String viewId = openForm();
    app.answerWith("{\"response_action\":\"errors\",\"errors\":{\"channels\":\"Pick at least one\"}}");

    ViewSubmission result = fx.emulator.submitView("U0ALICE", viewId,
        Map.of("channels", Map.of("value", List.of())));

    assertThat(result.closed()).isFalse();
    assertThat(result.errors()).containsExactly(Map.entry("channels", "Pick at least one"));
    assertThat(fx.emulator.openModal("U0ALICE")).isPresent();
  }

  @Test
  void closing_a_modal_tells_the_app_only_when_the_view_asked() throws Exception {
    String viewId = openForm();
    int before = app.received().size();

    assertThat(fx.emulator.closeView("U0ALICE", viewId)).isNull();

    assertThat(fx.emulator.openModal("U0ALICE")).isEmpty();
    assertThat(app.received()).hasSize(before);
  }

  @Test
  void a_button_in_the_app_home_reports_the_view_it_is_in() throws Exception {
    String home = "{\"type\":\"home\",\"blocks\":[{\"type\":\"actions\",\"block_id\":\"task_3\","
        + "\"elements\":[{\"type\":\"button\",\"action_id\":\"task_home_pause\",\"value\":\"3\","
        + "\"text\":{\"type\":\"plain_text\",\"text\":\"Pause\"}}]}]}";
    assertThat(fx.bot.viewsPublish(r -> r.userId("U0DANA").viewAsString(home)).isOk()).isTrue();
    String viewId = JsonParser.parseString(fx.emulator.homeView("U0DANA").orElseThrow()).getAsJsonObject()
        .get("id").getAsString();

    fx.emulator.pressButtonInView("U0DANA", viewId, "task_home_pause", "3");

    JsonObject payload = JsonParser.parseString(HttpForms.parseForm(app.last().body()).get("payload"))
        .getAsJsonObject();
    assertThat(payload.getAsJsonObject("container").get("type").getAsString()).isEqualTo("view");
    assertThat(payload.getAsJsonObject("container").get("view_id").getAsString()).isEqualTo(viewId);
    assertThat(payload.getAsJsonObject("view").get("type").getAsString()).isEqualTo("home");
    assertThat(payload.has("response_url")).as("no response URL for a view").isFalse();
    assertThat(payload.getAsJsonObject("user").get("id").getAsString()).isEqualTo("U0DANA");
    assertThat(fx.emulator.homeView("U0BORIS")).isEmpty();
  }
}
