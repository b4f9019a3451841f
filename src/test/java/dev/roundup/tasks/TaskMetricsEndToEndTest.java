package dev.roundup.tasks;

import static dev.roundup.tasks.TaskBot.ALICE;
import static dev.roundup.tasks.TaskBot.WAIT;
import static dev.roundup.tasks.TaskBot.dm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator watches at 9:00, read from {@code /metrics} over HTTP after scheduled runs: how
 * late runs started, how they ended, queue depths, and digest build times.
 */
class TaskMetricsEndToEndTest {

  @TempDir
  Path dir;

  private TaskBot bot;

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
  }

  @Test
  void metrics_show_the_lag_outcomes_and_queues_of_the_scheduled_runs_that_just_ran() throws Exception {
    bot = new TaskBot(dir, Clock.systemUTC(), 25);
    long remind = bot.create(ALICE, "every day at 9am remind me to water the plants");
    long digest = bot.create(ALICE, "every day at 9am digest <#C0ENG|eng>");
    String before = scrape();
    assertThat(value(before, "roundup_task_lag_seconds_count")).isZero();

    // Both fall due at the same instant, a moment from now: one firing runs them together.
    Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
    TaskRepository repo = bot.roundup.tasks().repository();
    for (long id : new long[] {remind, digest}) {
      repo.advance(id, repo.find(id).orElseThrow().scheduleSpec(), at);
    }
    bot.roundup.tasks().jobs().scheduleAt(at);
    await().atMost(WAIT).until(() -> bot.botMessages(dm(ALICE)).size() >= 2);
    await().atMost(WAIT).until(() -> value(scrape(), "roundup_task_runs_total{outcome=\"ok\"}") == 2);

    String after = scrape();
    assertThat(value(after, "roundup_task_lag_seconds_count")).isEqualTo(2);
    assertThat(after).contains("roundup_task_lag_seconds_bucket{le=");
    assertThat(value(after, "roundup_task_runs_total{outcome=\"failed\"}")).isZero();
    assertThat(value(after, "roundup_digest_build_seconds_count")).isEqualTo(1);
    assertThat(value(after, "roundup_task_run_records_per_commit_sum")).isEqualTo(2);
    for (String gauge : new String[] {"roundup_run_pool_in_flight", "roundup_run_pool_queued",
        "roundup_work_queue_depth", "roundup_work_queue_active", "roundup_outbound_queue_length"}) {
      assertThat(value(after, gauge)).as(gauge).isGreaterThanOrEqualTo(0);
    }
    await().atMost(WAIT).until(() -> value(scrape(), "roundup_run_pool_in_flight") == 0);
  }

  private String scrape() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + bot.roundup.port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  /** The value of one series (name and labels as written), or -1 when /metrics lacks it. */
  private static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
