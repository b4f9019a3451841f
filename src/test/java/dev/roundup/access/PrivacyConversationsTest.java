package dev.roundup.access;

import static dev.roundup.access.PrivacyBed.ALICE;
import static dev.roundup.access.PrivacyBed.BORIS;
import static dev.roundup.access.PrivacyBed.DANA;
import static dev.roundup.access.PrivacyBed.GENERAL;
import static dev.roundup.access.PrivacyBed.LEADS;
import static dev.roundup.access.PrivacyBed.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The privacy rule on the conversation entry points ({@code /ask}, a question mentioned in a
 * channel, {@code /catchup}, {@code @roundup catch me up}), as {@link PrivacyEndToEndTest} checks
 * the others: a non-member first, then a member sending a private channel where others would see
 * it, then a member alone; every test ends with the leak check.
 */
class PrivacyConversationsTest {

  private PrivacyBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new PrivacyBed();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private void nothingLeaked() {
    assertThat(bed.placesTheSecretReached()).as("places outside #leads the secret reached").isEmpty();
  }

  @Test
  void ask_refuses_a_non_member_and_answers_a_member_privately() {
    assertThat(bed.command(BORIS, "/ask", "<#C0LEADS|leads> 7d what is announced on friday?"))
        .contains("I can't see <#C0LEADS> for you").doesNotContain("reorg");
    assertThat(bed.command(DANA, "/ask", "<#C0ENG|eng> when does QA start?"))
        .contains("You're not a member of <#C0ENG>").doesNotContain("release branch");
    assertThat(bed.command(ALICE, "/ask", "<#C0LEADS|leads> 7d what is announced on friday?"))
        .contains("reorg");
    nothingLeaked();
  }

  @Test
  void ask_naming_a_channel_slack_did_not_link_answers_from_no_channel() {
    // With channels escaped, Slack leaves "#leads" as typed for someone who cannot see it: reading
    // the channel the command was typed in instead would answer another question.
    String boris = bed.command(BORIS, "/ask", "#leads 7d what is announced on friday?");
    assertThat(boris).contains("I couldn't find a channel called `#leads` that you can see")
        .doesNotContain("reorg").doesNotContain("I couldn't find that in");
    assertThat(bed.command(BORIS, "/ask", "#no-such-channel 7d what is announced on friday?"))
        .as("the same words whether the channel exists or not")
        .isEqualTo(boris.replace("#leads", "#no-such-channel"));
    assertThat(bed.command(ALICE, "/ask", "what is announced on friday in #leads?"))
        .contains("I couldn't find a channel called `#leads`").doesNotContain("reorg");
    nothingLeaked();
  }

  @Test
  void a_window_over_ninety_days_or_without_a_question_is_refused_before_anything_is_read() {
    assertThat(bed.command(BORIS, "/ask", "<#C0LEADS|leads> 900d what is announced on friday?"))
        .contains("at most 90 days").doesNotContain("reorg");
    assertThat(bed.command(ALICE, "/ask", "<#C0LEADS|leads> 900d what is announced on friday?"))
        .contains("I can look back at most 90 days.").contains("How to use `/ask`")
        .doesNotContain("I couldn't find that in").doesNotContain("reorg");
    assertThat(bed.command(ALICE, "/ask", "<#C0LEADS|leads> 7d"))
        .contains("a question is needed").contains("How to use `/ask`").doesNotContain("reorg");
    assertThat(bed.command(ALICE, "/catchup", "100d"))
        .contains("I can look back at most 90 days.").doesNotContain("as a time");
    assertThat(bed.command(ALICE, "/summarize", "1000d")).contains("I can look back at most 90 days.");
    assertThat(bed.command(ALICE, "/ask", "<#C0LEADS|leads> 90d what is announced on friday?"))
        .as("the longest window still reads").contains("reorg");
    nothingLeaked();
  }

  @Test
  void a_question_mentioned_in_a_channel_refuses_a_non_member_and_a_wider_audience() {
    assertThat(bed.mention(BORIS, GENERAL, "<#C0LEADS|leads> what is announced on friday?"))
        .contains("I can't see <#C0LEADS> for you");
    assertThat(bed.mention(ALICE, GENERAL, "<#C0LEADS|leads> what is announced on friday?"))
        .contains("<#C0LEADS> is private and not everyone in <#C0GENERAL>");
    assertThat(bed.mention(DANA, LEADS, "what is announced on friday?")).contains("reorg");
    nothingLeaked();
  }

  @Test
  void a_catch_up_reads_only_the_channels_the_person_is_a_member_of() {
    bed.slack.userPosts(LEADS, null, DANA, "<@U0ALICE> can you draft the reorg announcement?");
    bed.slack.userPosts(GENERAL, null, DANA, "<@U0BORIS> <@U0ALICE> who has the projector key?");
    // Messages are stored after their ack, on the work pool: the catch-up reads the store.
    await().atMost(WAIT).until(() -> bed.roundup.messages().count() == 5);
    bed.clock.advance(java.time.Duration.ofMinutes(1));
    assertThat(bed.command(BORIS, "/catchup", "1d here")).contains("Your catch-up")
        .contains("projector key").doesNotContain("reorg").doesNotContain("C0LEADS");
    bed.slack.slashCommand(ALICE, GENERAL, "/catchup", "1d");
    await().atMost(WAIT).until(() -> !bed.dms(ALICE).isEmpty());
    assertThat(bed.dms(ALICE).get(0)).contains("Waiting on you").contains("draft the reorg")
        .contains("projector key");
    nothingLeaked();
  }

  @Test
  void a_mention_asking_to_be_caught_up_answers_the_asker_alone() {
    bed.mention(BORIS, GENERAL, "catch me up on the last day here");
    await().atMost(WAIT).until(() -> bed.slack.ephemerals().stream()
        .anyMatch(e -> e.text().contains("catch-up")));
    assertThat(bed.slack.ephemerals()).allSatisfy(e -> assertThat(e.user()).isEqualTo(BORIS));
    nothingLeaked();
  }
}
