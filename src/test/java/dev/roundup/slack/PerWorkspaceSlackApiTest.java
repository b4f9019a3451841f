package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each call speaks for the current workspace with its own token, and never with another's. */
class PerWorkspaceSlackApiTest {

  private final Workspace a = Workspace.sample();
  private final Workspace b = a.sameApp("T0OTHER", "other-co");
  private final SlackEmulator emulator = SlackEmulator.start(a);
  private final SlackEmulator other = emulator.join(b);
  private final Slack slack;
  private final SlackApi api;

  PerWorkspaceSlackApiTest() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    // Roundup is installed in A only: B has no token.
    Map<String, String> tokens = Map.of(a.teamId(), a.botToken());
    api = SlackApi.perWorkspace(slack, team -> Optional.ofNullable(tokens.get(team)), Sleeper.system(),
        Duration.ofSeconds(1), new SimpleMeterRegistry());
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    slack.close();
  }

  @Test
  void a_call_for_a_workspace_is_made_with_that_workspace_s_token() {
    String team = dev.roundup.store.Workspace.call(a.teamId(),
        () -> api.call("auth.test", m -> m.authTest(r -> r)).getTeamId());

    assertThat(team).isEqualTo(a.teamId());
  }

  @Test
  void a_workspace_without_a_token_is_never_called_with_another_s() {
    int before = emulator.calls().size();

    assertThatThrownBy(() -> dev.roundup.store.Workspace.run(b.teamId(),
        () -> api.call("auth.test", m -> m.authTest(r -> r))))
        .isInstanceOfSatisfying(SlackCallException.class, e -> assertThat(e.error()).isEqualTo("not_installed"));
    assertThatThrownBy(() -> api.call("auth.test", m -> m.authTest(r -> r)))
        .isInstanceOfSatisfying(SlackCallException.class, e -> assertThat(e.error()).isEqualTo("not_installed"));
    assertThat(emulator.calls()).hasSize(before);
    assertThat(other.calls()).isEmpty();
  }

  @Test
  void work_handed_to_another_thread_keeps_its_workspace() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      String team = dev.roundup.store.Workspace.call(a.teamId(), () -> pool.submit(dev.roundup.store.Workspace.bound(
          () -> api.call("auth.test", m -> m.authTest(r -> r)).getTeamId())).get());
      assertThat(team).isEqualTo(a.teamId());
      assertThat(pool.submit(dev.roundup.store.Workspace::current).get()).isEqualTo(dev.roundup.store.Workspace.NONE);
    } finally {
      pool.shutdownNow();
    }
  }
}
