package dev.roundup.digest;

import static dev.roundup.digest.DigestTestBed.ALICE;
import static dev.roundup.digest.DigestTestBed.BORIS;
import static dev.roundup.digest.DigestTestBed.DANA;
import static dev.roundup.digest.DigestTestBed.ENG;
import static dev.roundup.digest.DigestTestBed.GENERAL;
import static dev.roundup.digest.DigestTestBed.INCIDENTS;
import static dev.roundup.digest.DigestTestBed.LEADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled delivery on a hand-moved clock: on time, once, after downtime, and the privacy rule
 * checked at build time in both directions.
 */
class ScheduledDigestTest {

  /** Friday 20 Nov 2026 16:00 in Paris. */
  private static final Instant FRIDAY_4PM_PARIS = Instant.parse("2026-11-20T15:00:00Z");

  private DigestTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new DigestTestBed();
    bed.slack.setMessageEvents(true);
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private void talkInEng() {
    bed.posts(ENG, null, ALICE, "We decided to freeze the release branch on Wednesday.");
    bed.posts(ENG, null, BORIS, "<@U0ALICE> can you review the rollback plan today?");
    bed.posts(INCIDENTS, null, BORIS, "Checkout errors at 12%, investigating the database pool.");
  }

  @Test
  void a_digest_is_sent_by_dm_when_due_and_never_twice() {
    bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents>");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();

    bed.clock.set(FRIDAY_4PM_PARIS.minusSeconds(60));
    assertThat(bed.roundup.digests().runDue()).isZero();
    assertThat(bed.dms(ALICE)).isEmpty();

    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(20));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    List<StoredMessage> dms = bed.dms(ALICE);
    assertThat(dms).hasSize(1);
    String digest = DigestTestBed.content(dms.get(0));
    assertThat(digest).contains("Roundup for").contains("#eng").contains("#incidents")
        .contains("freeze the release branch").contains("Mentions you");

    assertThat(bed.roundup.digests().runDue()).isZero();
    assertThat(bed.dms(ALICE)).hasSize(1);
    assertThat(bed.command(ALICE, "list")).contains("next Fri 27 Nov 16:00");
  }

  @Test
  void a_weekly_digest_missed_during_downtime_is_sent_once_covering_its_period() {
    bed.command(ALICE, "<#C0ENG|eng>");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();
    // Down from Friday morning to Saturday noon: the next digest is six days away.
    bed.clock.set(FRIDAY_4PM_PARIS.plus(Duration.ofHours(20)));

    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    assertThat(bed.roundup.digests().runDue()).isZero();
    assertThat(bed.dms(ALICE)).hasSize(1);
    assertThat(DigestTestBed.content(bed.dms(ALICE).get(0))).contains("freeze the release branch");
  }

  @Test
  void a_daily_digest_missed_during_downtime_is_skipped_and_the_next_covers_it() {
    bed.command(ALICE, "<#C0ENG|eng> every day at 9am");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();
    // Due Tuesday 09:00 Paris; back at Tuesday 15:00 — the next is under a day away.
    bed.clock.set(Instant.parse("2026-11-17T14:00:00Z"));
    assertThat(bed.roundup.digests().runDue()).isZero();
    assertThat(bed.dms(ALICE)).isEmpty();

    bed.clock.set(Instant.parse("2026-11-18T08:00:30Z"));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    assertThat(DigestTestBed.content(bed.dms(ALICE).get(0))).contains("freeze the release branch");
  }

  @Test
  void a_dm_digest_leaves_out_a_channel_the_subscriber_left_since() {
    bed.command(ALICE, "<#C0ENG|eng> <#C0INCIDENTS|incidents>");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();
    bed.workspace.leave(ENG, ALICE);

    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    bed.roundup.digests().runDue();

    String digest = DigestTestBed.content(bed.dms(ALICE).get(0));
    assertThat(digest).contains("#incidents").doesNotContain("freeze the release branch")
        .contains("<#C0ENG> was left out: you're not a member of it");
  }

  @Test
  void a_private_channel_is_left_out_of_a_channel_digest_whose_readers_are_not_all_in_it() {
    bed.posts(LEADS, null, DANA, "Confidential: the reorg is announced on Friday.");
    bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();

    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    bed.roundup.digests().runDue();

    List<StoredMessage> posted = bed.workspace.messages(GENERAL).stream()
        .filter(m -> bed.workspace.botUserId().equals(m.user())).toList();
    assertThat(posted).isNotEmpty();
    String digest = posted.stream().map(DigestTestBed::content).reduce("", String::concat);
    assertThat(digest).contains("freeze the release branch").doesNotContain("reorg")
        .doesNotContain("leads").contains("Digest set up by <@U0ALICE>");
    // The owner alone is told why, by a DM the outbound queue posts after the digest (runDue does
    // not wait for it).
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bed.dms(ALICE))
        .anySatisfy(m -> assertThat(m.text()).contains("<#C0LEADS> was left out: it is private and not everyone in <#C0GENERAL>")));
  }

  @Test
  void a_private_channel_goes_into_a_channel_digest_when_every_reader_is_in_it() {
    bed.workspace.addChannel("C0OPS", "ops", true, ALICE, BORIS, DANA, bed.workspace.botUserId());
    bed.workspace.addChannel("C0OPSLEADS", "ops-leads", true, ALICE, DANA, bed.workspace.botUserId());
    bed.posts("C0OPS", null, DANA, "Decision: we move the on-call handover to Mondays.");
    bed.command(ALICE, "<#C0OPS|ops> to <#C0OPSLEADS|ops-leads>");

    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    bed.roundup.digests().runDue();

    String digest = bed.workspace.messages("C0OPSLEADS").stream()
        .map(DigestTestBed::content).reduce("", String::concat);
    assertThat(digest).contains("#ops").contains("on-call handover");
  }

  @Test
  void a_failed_build_is_recorded_and_told_to_the_owner() {
    bed.command(ALICE, "<#C0ENG|eng>");
    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    bed.slack.failNext("conversations.members", "internal_error");

    assertThat(bed.roundup.digests().runDue()).isZero();

    // Owners are told through the outbound queue, which posts in the background.
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(bed.dms(ALICE))
        .anySatisfy(m -> assertThat(m.text()).contains("could not be built").contains("internal_error")));
    assertThat(bed.command(ALICE, "list")).contains("next Fri 27 Nov 16:00");
  }

  private List<StoredMessage> botPosts(String channel) {
    return bed.workspace.messages(channel).stream()
        .filter(m -> bed.workspace.botUserId().equals(m.user())).toList();
  }

  @Test
  void a_channel_digest_of_a_week_where_nothing_was_said_posts_nothing_and_says_so_to_its_owner() {
    bed.command(ALICE, "<#C0INCIDENTS|incidents> to <#C0GENERAL|general>");

    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    assertThat(bed.roundup.digests().runDue()).isZero();

    assertThat(botPosts(GENERAL)).isEmpty();
    assertThat(bed.command(ALICE, "list")).contains("next Fri 27 Nov 16:00")
        .contains("last one skipped Fri 20 Nov 16:00: nothing was said in its channels");

    // a week with something said posts again
    bed.clock.set(FRIDAY_4PM_PARIS.plus(Duration.ofDays(3)));
    bed.posts(INCIDENTS, null, BORIS, "Checkout errors at 12%, investigating the database pool.");
    bed.clock.set(FRIDAY_4PM_PARIS.plus(Duration.ofDays(7)).plusSeconds(5));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    assertThat(botPosts(GENERAL)).isNotEmpty();
    assertThat(bed.command(ALICE, "list")).doesNotContain("skipped");
  }

  @Test
  void the_owner_is_told_once_that_a_channel_is_left_out_not_at_every_run() {
    bed.command(ALICE, "<#C0LEADS|leads> <#C0ENG|eng> to <#C0GENERAL|general>");
    bed.clock.advance(Duration.ofHours(1));
    talkInEng();
    bed.clock.set(FRIDAY_4PM_PARIS.plusSeconds(5));
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> leftOutNotices() == 1);

    bed.clock.set(FRIDAY_4PM_PARIS.plus(Duration.ofDays(3)));
    talkInEng();
    bed.clock.set(FRIDAY_4PM_PARIS.plus(Duration.ofDays(7)).plusSeconds(5));
    int postedBefore = botPosts(GENERAL).size();
    assertThat(bed.roundup.digests().runDue()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> botPosts(GENERAL).size() > postedBefore);

    // the second digest went out with #leads still left out; the owner already knows
    await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
    assertThat(leftOutNotices()).isEqualTo(1);
    String second = botPosts(GENERAL).subList(postedBefore, botPosts(GENERAL).size()).stream()
        .map(DigestTestBed::content).reduce("", String::concat);
    assertThat(second).doesNotContain("leads");
  }

  private long leftOutNotices() {
    return bed.dms(ALICE).stream().filter(m -> m.text().contains("<#C0LEADS> was left out")).count();
  }
}
