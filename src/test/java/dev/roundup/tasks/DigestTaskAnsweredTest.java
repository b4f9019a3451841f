package dev.roundup.tasks;

import static dev.roundup.tasks.TaskBot.ALICE;
import static dev.roundup.tasks.TaskBot.BORIS;
import static dev.roundup.tasks.TaskBot.dm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.StoredPosts;
import dev.roundup.TestClock;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest task's second run marks the questions answered since its first, as /digest does. */
class DigestTaskAnsweredTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String ENG = "C0ENG";

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
  void a_digest_task_marks_a_question_answered_since_its_previous_run() throws Exception {
    TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, PARIS).toInstant());
    bot = new TaskBot(dir, clock, 25, new ExtractiveSummarizer());
    bot.workspace.setClock(clock);
    bot.slack.setClock(clock);
    // Roundup counts on live events for what is said while it runs.
    bot.slack.setMessageEvents(true);
    bot.create(ALICE, "every day at 9am digest <#C0ENG|eng>");
    String question = says(BORIS, null, "Who owns the status page after the migration?");

    clock.set(ZonedDateTime.of(2026, 11, 23, 9, 0, 5, 0, PARIS).toInstant());
    assertThat(bot.roundup.tasks().runDue()).isEqualTo(1);
    assertThat(bot.botMessages(dm(ALICE))).isNotEmpty()
        .noneSatisfy(m -> assertThat(m.blocks()).contains("Answered since the last digest"));

    clock.set(ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, PARIS).toInstant());
    says("U0CHEN", question,
        "Dana owns the status page now, she took it over after the migration.");
    for (int i = 0; i < 5; i++) {
      says(BORIS, null, "Status update " + i + " on the release train.");
    }
    clock.set(ZonedDateTime.of(2026, 11, 24, 9, 0, 5, 0, PARIS).toInstant());
    assertThat(bot.roundup.tasks().runDue()).isEqualTo(1);

    List<StoredMessage> dms = bot.botMessages(dm(ALICE));
    String second = dms.get(dms.size() - 1).text() + dms.get(dms.size() - 1).blocks();
    assertThat(second).contains("Answered since the last digest:")
        .contains("Who owns the status page after the migration?")
        .contains("1 question answered");
  }

  /** Posts in #eng and waits until Roundup has stored it (live events are ingested off-thread). */
  private String says(String user, String threadTs, String text) {
    return StoredPosts.post(bot.slack, bot.workspace, bot.roundup.messages(), ENG, threadTs, user,
        text, TaskBot.WAIT);
  }
}
