package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.BORIS;
import static dev.roundup.digest.DigestTestBed.CHEN;
import static dev.roundup.digest.DigestTestBed.DANA;
import static dev.roundup.digest.DigestTestBed.ENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.StoredPosts;
import dev.roundup.sandbox.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A weekly digest marks the questions that were open at the subscriber's previous digest and have
 * been answered since, through the emulator: asked in one week, answered (or not) in the next.
 */
class AnsweredSinceDigestTest {

  /** Friday 20 Nov 2026 16:00 in Paris: the first digest. */
  private static final Instant FIRST = Instant.parse("2026-11-20T15:00:00Z");
  /** A week later: the second. */
  private static final Instant SECOND = FIRST.plus(Duration.ofDays(7));

  private DigestTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new DigestTestBed();
    bed.slack.setMessageEvents(true);
    bed.command(ALICE, "<#C0ENG|eng>");
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void a_question_open_at_the_last_digest_and_answered_since_is_marked_in_the_next_one() {
    bed.clock.advance(Duration.ofHours(1));
    String statusPage = asks(BORIS, "Who owns the status page after the migration?");
    String offsite = asks(CHEN, "What is the budget for the team offsite in March?");
    String vendor = asks(DANA, "Which vendor are we using for the load tests next quarter?");

    bed.clock.set(FIRST.plusSeconds(20));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    assertThat(lastDigest()).doesNotContain("Answered since the last digest")
        .doesNotContain("question answered");

    bed.clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    says(CHEN, statusPage,
        "Dana owns the status page now, she took it over after the migration.");
    says(ALICE, offsite, "Good question, let's ask finance.");
    says(DANA, vendor, "Bumping this, the load tests start in January.");
    says(BORIS, null, "We decided to freeze the release branch on Wednesday.");

    bed.clock.set(SECOND.plusSeconds(20));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    String digest = lastDigest();

    assertThat(digest)
        .contains("Answered since the last digest: *boris*: Who owns the status page after the "
            + "migration? — <@U0CHEN> <")
        .contains("?thread_ts=" + statusPage)
        .as("the redirected and the bumped questions are not counted")
        .contains("1 question answered");
    assertThat(digest).as("a redirect leaves the question open")
        .doesNotContain("Answered since the last digest: *chen*: What is the budget");
    assertThat(digest).as("the asker's own bump answers nothing")
        .doesNotContain("Answered since the last digest: *dana*: Which vendor");
  }

  @Test
  void a_preview_follows_no_previous_digest_so_it_marks_nothing_answered() {
    bed.clock.advance(Duration.ofHours(1));
    String statusPage = asks(BORIS, "Who owns the status page after the migration?");
    bed.clock.set(Instant.parse("2026-11-23T10:00:00Z"));
    says(CHEN, statusPage,
        "Dana owns the status page now, she took it over after the migration.");
    says(BORIS, null, "We decided to freeze the release branch on Wednesday.");
    // The preview covers the week before now: the question's thread continued into it.
    bed.clock.set(Instant.parse("2026-11-24T10:00:00Z"));

    int before = bed.slack.responseUrlPosts().size();
    bed.slack.slashCommand(ALICE, DigestTestBed.GENERAL, "/digest", "preview 1");
    await().atMost(Duration.ofSeconds(20)).until(() -> bed.slack.responseUrlPosts().size() > before);

    String preview = String.join("\n", bed.postsSince(before));
    assertThat(preview).contains("Roundup for").contains("_Continued_")
        .contains("Dana owns the status page")
        .doesNotContain("Answered since the last digest").doesNotContain("question answered");
  }

  /** Posts a thread parent in #eng and answers its ts. */
  private String asks(String user, String question) {
    return says(user, null, question);
  }

  /**
   * Posts in #eng (in a thread when threadTs is set) and waits until Roundup has stored it: live
   * events are ingested off the request thread, and the digest reads the store.
   */
  private String says(String user, String threadTs, String text) {
    return StoredPosts.post(bed.slack, bed.workspace, bed.roundup.messages(), ENG, threadTs, user,
        text, Duration.ofSeconds(10));
  }

  private String lastDigest() {
    List<StoredMessage> dms = bed.dms(ALICE);
    assertThat(dms).isNotEmpty();
    return DigestTestBed.content(dms.get(dms.size() - 1));
  }
}
