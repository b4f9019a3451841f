package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workspace and Grid org each kind of request names, as Slack sends them. */
class RequestWorkspaceTest {

  private static final RequestHeaders HEADERS = new RequestHeaders(Map.of());

  @Test
  void an_event_for_an_org_wide_install_is_the_workspace_it_happened_in_and_names_the_org() {
    EventRequest event = new EventRequest("{\"type\":\"event_callback\",\"team_id\":\"T0BRAVO\","
        + "\"enterprise_id\":\"E0GRID\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\"},"
        + "\"authorizations\":[{\"enterprise_id\":\"E0GRID\",\"team_id\":null,\"is_enterprise_install\":true}]}",
        HEADERS);

    assertThat(RequestWorkspace.originOf(event).team()).isEqualTo("T0BRAVO");
    assertThat(RequestWorkspace.originOf(event).enterprise()).isEqualTo("E0GRID");
  }

  @Test
  void an_event_outside_a_grid_names_no_org() {
    EventRequest event = new EventRequest("{\"type\":\"event_callback\",\"team_id\":\"T0ALPHA\","
        + "\"event_id\":\"Ev2\",\"event\":{\"type\":\"app_mention\"},"
        + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T0ALPHA\",\"is_enterprise_install\":false}]}",
        HEADERS);

    assertThat(RequestWorkspace.originOf(event).team()).isEqualTo("T0ALPHA");
    assertThat(RequestWorkspace.originOf(event).enterprise()).isNull();
  }

  @Test
  void a_command_and_a_button_name_their_workspace_and_org() {
    SlashCommandRequest command = new SlashCommandRequest("token=x&team_id=T0BRAVO&enterprise_id=E0GRID"
        + "&enterprise_name=grid-co&user_id=U1&command=%2Fsummarize&text=&channel_id=C1", HEADERS);
    String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0ALPHA\"},"
        + "\"enterprise\":{\"id\":\"E0GRID\",\"name\":\"grid-co\"},\"user\":{\"id\":\"U1\"},\"actions\":[]}";
    BlockActionRequest button = new BlockActionRequest("payload=x", payload, HEADERS);

    assertThat(RequestWorkspace.originOf(command).team()).isEqualTo("T0BRAVO");
    assertThat(RequestWorkspace.originOf(command).enterprise()).isEqualTo("E0GRID");
    assertThat(RequestWorkspace.originOf(button).team()).isEqualTo("T0ALPHA");
    assertThat(RequestWorkspace.originOf(button).enterprise()).isEqualTo("E0GRID");
  }
}
