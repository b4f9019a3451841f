package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.TestClock;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.MessageStore;
import dev.roundup.ingest.SlackTs;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.store.Database;
import dev.roundup.store.Workspace;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import dev.roundup.tasks.UserSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code purge-workspace}: deletes one workspace's rows, reports counts, and refuses without --yes. */
class PurgeWorkspaceCommandTest {

  private static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

  @TempDir
  Path dir;

  private Config.Database config;

  private record Run(int status, String out, String err) {}

  @BeforeEach
  void storeTwoWorkspaces() {
    config = new Config.Database("jdbc:h2:file:" + dir.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 2);
    try (Database db = Database.open(config.url(), config.user(), config.password(), 2)) {
      MessageStore messages = new MessageStore(db.dataSource(), new TestClock(T0));
      TaskRepository tasks = new TaskRepository(db.dataSource());
      UserSettings settings = new UserSettings(db.dataSource());
      ZoneId zone = ZoneId.of("Europe/Paris");
      Schedule schedule = ((Parsed) new ScheduleParser().parse("every Friday at 4pm", zone, T0.atZone(zone)))
          .schedule();
      for (String team : List.of("TAAAA", "TBBBB")) {
        Workspace.run(team, () -> {
          messages.saveNew(new ChannelMessage("C1", SlackTs.format(T0), null, "U1", null, "hello", null, 0, 0, false));
          messages.saveNew(new ChannelMessage("C1", SlackTs.format(T0.plusSeconds(1)), null, "U1", null, "again",
              null, 0, 0, false));
          settings.setZone("U1", ZoneId.of("Europe/Paris"));
          tasks.insert(new Task(0, "U1", team, ActionKind.REMIND, List.of(), "send the update",
              Destination.dm("U1"), "every Friday at 4pm", schedule.spec(), zone,
              T0, false, 0, null, T0.plusSeconds(3600), null, null));
        });
      }
    }
  }

  private Run purge(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PurgeWorkspaceCommand(() -> config).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private int messagesOf(String team) {
    try (Database db = Database.open(config.url(), config.user(), config.password(), 2)) {
      MessageStore messages = new MessageStore(db.dataSource(), new TestClock(T0));
      return Workspace.call(team, () -> messages.between("C1", T0, T0.plusSeconds(10)).size());
    }
  }

  @Test
  void purging_a_workspace_deletes_its_rows_reports_counts_and_leaves_the_other_workspace_alone() {
    Run r = purge("TAAAA", "--yes");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Purged workspace TAAAA: 5 row(s).", "  messages: 2", "  tasks: 1",
        "  user_settings: 1");
    assertThat(messagesOf("TAAAA")).isZero();
    assertThat(messagesOf("TBBBB")).isEqualTo(2);
    assertThat(purge("TAAAA", "--yes").out()).contains("Purged workspace TAAAA: 0 row(s).");
  }

  @Test
  void without_yes_nothing_is_deleted_and_the_refusal_is_one_line_with_exit_2() {
    Run r = purge("TAAAA");

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("purge-workspace: ").contains("--yes");
    assertThat(messagesOf("TAAAA")).isEqualTo(2);
  }

  @Test
  void a_database_that_does_not_exist_is_refused_and_not_created() {
    config = new Config.Database("jdbc:h2:file:" + dir.resolve("elsewhere/roundup")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", 2);
    Run r = purge("TAAAA", "--yes");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("Database: jdbc:h2:file:").doesNotContain("Purged");
    assertThat(r.err()).contains("nothing was deleted", "not found", "ROUNDUP_DB_URL");
    assertThat(dir.resolve("elsewhere/roundup.mv.db")).doesNotExist();
  }

  @Test
  void a_missing_or_malformed_team_id_is_refused_with_exit_2() {
    assertThat(purge("--yes").err()).contains("missing TEAM_ID");
    Run r = purge("not-a-team", "--yes");
    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err()).contains("not a Slack team id");
  }
}
