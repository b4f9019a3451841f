package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.WorkQueue;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * App Home refreshes against the Slack emulator over HTTP: after a burst of scheduled runs a
 * person's Home is published once, showing the state after the last run, not once per run.
 */
class HomeRefresherTest {

  private static final String DANA = "U0DANA";
  private static final String BORIS = "U0BORIS";
  private static final Duration GATHER = Duration.ofMillis(500);

  private final Workspace workspace = Workspace.sample();
  private final SlackEmulator emulator = SlackEmulator.start(workspace);
  private final Slack sdk;
  private final WorkQueue work = new WorkQueue(2, 100, null);
  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
  /** What the Home shows: the number of runs so far. */
  private final AtomicInteger runs = new AtomicInteger();
  private final AppHome home;
  private final HomeRefresher refresher;

  HomeRefresherTest() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    sdk = Slack.getInstance(config);
    String token = workspace.botToken();
    SlackApi api = new SlackApi(sdk.methods(token), token, Sleeper.system(), Duration.ofMinutes(1),
        new SimpleMeterRegistry());
    HomeSection counter = userId -> List.of(Blocks.section(s -> s.text(
        BlockCompositions.markdownText(runs.get() + " runs"))));
    home = new AppHome(api, List.of(counter));
    refresher = new HomeRefresher(home, work, later, GATHER);
  }

  @AfterEach
  void stop() throws Exception {
    later.shutdownNow();
    work.close();
    sdk.close();
    emulator.close();
  }

  private List<ApiCall> publishes(String userId) {
    return emulator.calls("views.publish").stream()
        .filter(c -> userId.equals(c.params().get("user_id"))).toList();
  }

  @Test
  void twenty_scheduled_runs_of_one_person_publish_their_home_once_with_the_last_state() {
    for (int i = 0; i < 20; i++) {
      runs.incrementAndGet();
      refresher.refreshSoon(DANA);
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> publishes(DANA).size() == 1);
    await().during(GATHER.multipliedBy(3)).atMost(Duration.ofSeconds(10))
        .until(() -> publishes(DANA).size() == 1);
    ApiCall published = publishes(DANA).get(0);
    assertThat(published.ok()).isTrue();
    assertThat(JsonParser.parseString(published.params().get("view")).toString()).contains("20 runs");
    assertThat(publishes(BORIS)).isEmpty();
  }

  @Test
  void a_run_after_the_gathered_refresh_went_out_is_published_again() {
    runs.incrementAndGet();
    refresher.refreshSoon(DANA);
    await().atMost(Duration.ofSeconds(10)).until(() -> publishes(DANA).size() == 1);

    runs.incrementAndGet();
    refresher.refreshSoon(DANA);

    await().atMost(Duration.ofSeconds(10)).until(() -> publishes(DANA).size() == 2);
    assertThat(publishes(DANA).get(1).params().get("view")).contains("2 runs");
  }

  @Test
  void a_change_by_hand_is_published_at_once_while_runs_are_still_being_gathered() {
    HomeRefresher slow = new HomeRefresher(home, work, later, Duration.ofHours(1));
    slow.refreshSoon(DANA);
    slow.refreshSoon(BORIS);
    slow.refresh(BORIS);

    await().atMost(Duration.ofSeconds(10)).until(() -> publishes(BORIS).size() == 1);
    assertThat(publishes(DANA)).as("still gathering Dana's runs").isEmpty();
  }
}
